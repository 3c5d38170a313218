import { presentationInvitationDecider, presentationInvitationStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId, IsInstant } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsString, Length } from 'class-validator';
import { LeaderFacts } from '../leader-facts';

export class InvitePeerToPresentInput {
  @IsEntityId()
  invitationId!: string;

  @IsEntityId()
  hostId!: string;

  @IsEntityId()
  presenterId!: string;

  @IsInstant()
  meetingAt!: string;

  @IsString()
  @Length(5, 200)
  topic!: string;
}

@Controller()
export class InvitePeerToPresentHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(LeaderFacts) private readonly leaders: LeaderFacts,
  ) {}

  @MessagePattern('InvitePeerToPresent')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      InvitePeerToPresentInput,
      async (input, { tenantId }) => ({
        decider: presentationInvitationDecider,
        streamId: presentationInvitationStream(tenantId, input.invitationId),
        command: {
          type: 'InvitePeerToPresent',
          data: {
            ...input,
            facts: {
              host: await this.leaders.leader(tenantId, input.hostId),
              presenter: await this.leaders.leader(tenantId, input.presenterId),
            },
          },
        },
      }),
    );
  }
}
