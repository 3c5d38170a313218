import { peerRequestDecider, peerRequestStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { LeaderFacts } from '../leader-facts';
import { PeerRequestFacts } from './peer-request-facts';

export class RedirectPeerRequestInput {
  @IsEntityId()
  requestId!: string;

  /** The peer who becomes the recipient. */
  @IsEntityId()
  toId!: string;
}

@Controller()
export class RedirectPeerRequestHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(PeerRequestFacts) private readonly facts: PeerRequestFacts,
    @Inject(LeaderFacts) private readonly leaders: LeaderFacts,
  ) {}

  @MessagePattern('RedirectPeerRequest')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      RedirectPeerRequestInput,
      async (input, { tenantId }) => ({
        decider: peerRequestDecider,
        streamId: peerRequestStream(tenantId, input.requestId),
        command: {
          type: 'RedirectPeerRequest',
          data: {
            ...input,
            facts: {
              ...(await this.facts.recipient(tenantId, input.requestId)),
              newRecipient: await this.leaders.leader(tenantId, input.toId),
            },
          },
        },
      }),
    );
  }
}
