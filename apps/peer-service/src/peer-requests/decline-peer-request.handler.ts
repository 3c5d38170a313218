import { PeerRequestDeclineReasons } from '@lib/contracts';
import { type PeerRequestDeclineReason, peerRequestDecider, peerRequestStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsIn, IsOptional } from 'class-validator';
import { LeaderFacts } from '../leader-facts';
import { PeerRequestFacts } from './peer-request-facts';

export class DeclinePeerRequestInput {
  @IsEntityId()
  requestId!: string;

  @IsIn(PeerRequestDeclineReasons)
  reasonCode!: PeerRequestDeclineReason;

  /** A third leader who could help instead (connector credit if they do, domain README §5.1). */
  @IsOptional()
  @IsEntityId()
  suggestedPeerId?: string;
}

@Controller()
export class DeclinePeerRequestHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(PeerRequestFacts) private readonly facts: PeerRequestFacts,
    @Inject(LeaderFacts) private readonly leaders: LeaderFacts,
  ) {}

  @MessagePattern('DeclinePeerRequest')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, DeclinePeerRequestInput, async (input, { tenantId }) => ({
      decider: peerRequestDecider,
      streamId: peerRequestStream(tenantId, input.requestId),
      command: {
        type: 'DeclinePeerRequest',
        data: {
          ...input,
          facts: {
            ...(await this.facts.recipient(tenantId, input.requestId)),
            suggestedPeer: await this.leaders.leader(tenantId, input.suggestedPeerId),
          },
        },
      },
    }));
  }
}
