import { supportNeedDecider, supportNeedStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsInstant } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SupportNeedFacts } from './support-need-facts';
import { IsCapacity, SupportNeedInput } from './support-need.input';

export class CommitSupportInput extends SupportNeedInput {
  @IsInstant()
  deliverBy!: string;

  @IsCapacity()
  capacityFteWeeks!: number;
}

@Controller()
export class CommitSupportHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(SupportNeedFacts) private readonly facts: SupportNeedFacts,
  ) {}

  @MessagePattern('CommitSupport')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, CommitSupportInput, async (input, { tenantId }) => ({
      decider: supportNeedDecider,
      streamId: supportNeedStream(tenantId, input.needId),
      command: {
        type: 'CommitSupport',
        data: { ...input, facts: await this.facts.supportingDivision(tenantId, input.needId) },
      },
    }));
  }
}
