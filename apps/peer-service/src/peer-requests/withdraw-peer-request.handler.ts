import { peerRequestDecider, peerRequestStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PeerRequestFacts } from './peer-request-facts';

export class WithdrawPeerRequestInput {
  @IsEntityId()
  requestId!: string;
}

@Controller()
export class WithdrawPeerRequestHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(PeerRequestFacts) private readonly facts: PeerRequestFacts,
  ) {}

  @MessagePattern('WithdrawPeerRequest')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      WithdrawPeerRequestInput,
      async (input, { tenantId }) => ({
        decider: peerRequestDecider,
        streamId: peerRequestStream(tenantId, input.requestId),
        command: {
          type: 'WithdrawPeerRequest',
          data: { ...input, facts: await this.facts.requester(tenantId, input.requestId) },
        },
      }),
    );
  }
}
