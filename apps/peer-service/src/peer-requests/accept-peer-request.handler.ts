import { peerRequestDecider, peerRequestStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId, IsInstant } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PeerRequestFacts } from './peer-request-facts';

export class AcceptPeerRequestInput {
  @IsEntityId()
  requestId!: string;

  /** When the recipient expects to deliver; not after the request's dueAt. */
  @IsInstant()
  expectedBy!: string;
}

@Controller()
export class AcceptPeerRequestHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(PeerRequestFacts) private readonly facts: PeerRequestFacts,
  ) {}

  @MessagePattern('AcceptPeerRequest')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, AcceptPeerRequestInput, async (input, { tenantId }) => ({
      decider: peerRequestDecider,
      streamId: peerRequestStream(tenantId, input.requestId),
      command: {
        type: 'AcceptPeerRequest',
        data: { ...input, facts: await this.facts.recipient(tenantId, input.requestId) },
      },
    }));
  }
}
