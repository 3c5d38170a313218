import { mutualThemeDecider, mutualThemeStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { MutualThemeFacts } from './mutual-theme-facts';

export class ConfirmMutualThemeInput {
  @IsEntityId()
  mutualThemeId!: string;
}

@Controller()
export class ConfirmMutualThemeHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(MutualThemeFacts) private readonly facts: MutualThemeFacts,
  ) {}

  @MessagePattern('ConfirmMutualTheme')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, ConfirmMutualThemeInput, async (input, { tenantId }) => ({
      decider: mutualThemeDecider,
      streamId: mutualThemeStream(tenantId, input.mutualThemeId),
      command: {
        type: 'ConfirmMutualTheme',
        data: { ...input, facts: await this.facts.partner(tenantId, input.mutualThemeId) },
      },
    }));
  }
}
