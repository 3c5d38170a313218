import { presentationInvitationDecider, presentationInvitationStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsIn } from 'class-validator';
import { InvitationFacts } from './invitation-facts';

export class RespondToInvitationInput {
  @IsEntityId()
  invitationId!: string;

  @IsIn(['accept', 'decline'])
  response!: 'accept' | 'decline';
}

@Controller()
export class RespondToInvitationHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(InvitationFacts) private readonly facts: InvitationFacts,
  ) {}

  @MessagePattern('RespondToInvitation')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      RespondToInvitationInput,
      async (input, { tenantId }) => ({
        decider: presentationInvitationDecider,
        streamId: presentationInvitationStream(tenantId, input.invitationId),
        command: {
          type: 'RespondToInvitation',
          data: { ...input, facts: await this.facts.presenter(tenantId, input.invitationId) },
        },
      }),
    );
  }
}
