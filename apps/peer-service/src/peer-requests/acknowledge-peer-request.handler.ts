import { peerRequestDecider, peerRequestStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { PeerRequestFacts } from './peer-request-facts';

export class AcknowledgePeerRequestInput {
  @IsEntityId()
  requestId!: string;

  /** 1 to 5: the quality q of the help received (domain README §5.1). */
  @IsInt()
  @Min(1)
  @Max(5)
  helpfulness!: number;

  @IsOptional()
  @IsString()
  @Length(1, 2000)
  thanks?: string;
}

@Controller()
export class AcknowledgePeerRequestHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(PeerRequestFacts) private readonly facts: PeerRequestFacts,
  ) {}

  @MessagePattern('AcknowledgePeerRequest')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      AcknowledgePeerRequestInput,
      async (input, { tenantId }) => ({
        decider: peerRequestDecider,
        streamId: peerRequestStream(tenantId, input.requestId),
        command: {
          type: 'AcknowledgePeerRequest',
          data: { ...input, facts: await this.facts.requester(tenantId, input.requestId) },
        },
      }),
    );
  }
}
