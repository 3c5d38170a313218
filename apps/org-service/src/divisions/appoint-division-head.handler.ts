import { divisionDecider, divisionStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { OrgDirectory } from '@lib/read-models';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { leaderFacts } from './leader-facts';

export class AppointDivisionHeadInput {
  @IsEntityId()
  divisionId!: string;

  @IsEntityId()
  leaderId!: string;
}

@Controller()
export class AppointDivisionHeadHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {}

  @MessagePattern('AppointDivisionHead')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      AppointDivisionHeadInput,
      async (input, { tenantId }) => ({
        decider: divisionDecider,
        streamId: divisionStream(tenantId, input.divisionId),
        command: {
          type: 'AppointDivisionHead',
          data: {
            ...input,
            facts: {
              divisionMergedAway:
                (await this.directory.divisionStanding(tenantId, input.divisionId)) ===
                'merged_away',
              leader: await leaderFacts(this.directory, tenantId, input.leaderId),
            },
          },
        },
      }),
    );
  }
}
