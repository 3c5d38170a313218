import { divisionDecider, divisionStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { OrgDirectory } from '@lib/read-models';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { leaderFacts } from './leader-facts';

export class DelegateRankingInput {
  @IsEntityId()
  divisionId!: string;

  @IsEntityId()
  delegateId!: string;
}

@Controller()
export class DelegateRankingHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {}

  @MessagePattern('DelegateRanking')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, DelegateRankingInput, async (input, { tenantId }) => ({
      decider: divisionDecider,
      streamId: divisionStream(tenantId, input.divisionId),
      command: {
        type: 'DelegateRanking',
        data: {
          ...input,
          facts: {
            divisionMergedAway:
              (await this.directory.divisionStanding(tenantId, input.divisionId)) === 'merged_away',
            delegate: await leaderFacts(this.directory, tenantId, input.delegateId),
          },
        },
      },
    }));
  }
}
