import { leaderDecider, leaderStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsInt, Max, Min } from 'class-validator';

export class DeclareCapacityInput {
  @IsEntityId()
  leaderId!: string;

  @IsInt()
  @Min(1)
  @Max(20)
  maxOpen!: number;
}

@Controller()
export class DeclareCapacityHandler {
  constructor(@Inject(CommandGateway) private readonly commands: CommandGateway) {}

  @MessagePattern('DeclareCapacity')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, DeclareCapacityInput, (input, { tenantId }) => ({
      decider: leaderDecider,
      streamId: leaderStream(tenantId, input.leaderId),
      command: { type: 'DeclareCapacity', data: { ...input } },
    }));
  }
}
