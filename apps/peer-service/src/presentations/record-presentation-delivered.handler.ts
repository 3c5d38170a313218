import { presentationInvitationDecider, presentationInvitationStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { InvitationFacts } from './invitation-facts';

export class RecordPresentationDeliveredInput {
  @IsEntityId()
  invitationId!: string;
}

@Controller()
export class RecordPresentationDeliveredHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(InvitationFacts) private readonly facts: InvitationFacts,
  ) {}

  @MessagePattern('RecordPresentationDelivered')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      RecordPresentationDeliveredInput,
      async (input, { tenantId }) => ({
        decider: presentationInvitationDecider,
        streamId: presentationInvitationStream(tenantId, input.invitationId),
        command: {
          type: 'RecordPresentationDelivered',
          data: {
            ...input,
            facts: await this.facts.hostAndPresenter(tenantId, input.invitationId),
          },
        },
      }),
    );
  }
}
