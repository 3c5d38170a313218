import { divisionDecider, divisionStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';

export class RevokeRankingDelegateInput {
  @IsEntityId()
  divisionId!: string;

  @IsEntityId()
  delegateId!: string;
}

@Controller()
export class RevokeRankingDelegateHandler {
  constructor(@Inject(CommandGateway) private readonly commands: CommandGateway) {}

  @MessagePattern('RevokeRankingDelegate')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, RevokeRankingDelegateInput, (input, { tenantId }) => ({
      decider: divisionDecider,
      streamId: divisionStream(tenantId, input.divisionId),
      command: { type: 'RevokeRankingDelegate', data: { ...input } },
    }));
  }
}
