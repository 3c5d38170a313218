import { leaderDecider, leaderStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';

export class DeactivateLeaderInput {
  @IsEntityId()
  leaderId!: string;
}

@Controller()
export class DeactivateLeaderHandler {
  constructor(@Inject(CommandGateway) private readonly commands: CommandGateway) {}

  @MessagePattern('DeactivateLeader')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, DeactivateLeaderInput, (input, { tenantId }) => ({
      decider: leaderDecider,
      streamId: leaderStream(tenantId, input.leaderId),
      command: { type: 'DeactivateLeader', data: { ...input } },
    }));
  }
}
