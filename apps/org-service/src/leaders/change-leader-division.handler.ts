import { leaderDecider, leaderStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId, IsInstant } from '@lib/platform';
import { OrgDirectory } from '@lib/read-models';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';

export class ChangeLeaderDivisionInput {
  @IsEntityId()
  leaderId!: string;

  @IsEntityId()
  toDivisionId!: string;

  @IsInstant()
  effectiveAt!: string;
}

@Controller()
export class ChangeLeaderDivisionHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {}

  @MessagePattern('ChangeLeaderDivision')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      ChangeLeaderDivisionInput,
      async (input, { tenantId }) => ({
        decider: leaderDecider,
        streamId: leaderStream(tenantId, input.leaderId),
        command: {
          type: 'ChangeLeaderDivision',
          data: {
            ...input,
            facts: {
              toDivision: await this.directory.divisionStanding(tenantId, input.toDivisionId),
            },
          },
        },
      }),
    );
  }
}
