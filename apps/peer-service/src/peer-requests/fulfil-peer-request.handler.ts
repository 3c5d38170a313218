import { peerRequestDecider, peerRequestStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsString, Length } from 'class-validator';
import { PeerRequestFacts } from './peer-request-facts';

export class FulfilPeerRequestInput {
  @IsEntityId()
  requestId!: string;

  /** What was delivered (personal text). */
  @IsString()
  @Length(1, 2000)
  summary!: string;
}

@Controller()
export class FulfilPeerRequestHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(PeerRequestFacts) private readonly facts: PeerRequestFacts,
  ) {}

  @MessagePattern('FulfilPeerRequest')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, FulfilPeerRequestInput, async (input, { tenantId }) => ({
      decider: peerRequestDecider,
      streamId: peerRequestStream(tenantId, input.requestId),
      command: {
        type: 'FulfilPeerRequest',
        data: { ...input, facts: await this.facts.recipient(tenantId, input.requestId) },
      },
    }));
  }
}
