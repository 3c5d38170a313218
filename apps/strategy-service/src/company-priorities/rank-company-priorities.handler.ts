import { companyPrioritiesDecider, companyPrioritiesStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { OrgFacts } from '../org-facts/org-facts';

export class RankCompanyPrioritiesInput {
  @IsEntityId()
  cycleId!: string;

  /** Highest priority first. */
  @IsArray()
  @ArrayMaxSize(100)
  @IsEntityId({ each: true })
  themeIds!: string[];
}

@Controller()
export class RankCompanyPrioritiesHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(OrgFacts) private readonly org: OrgFacts,
  ) {}

  @MessagePattern('RankCompanyPriorities')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      RankCompanyPrioritiesInput,
      async (input, { tenantId }) => ({
        decider: companyPrioritiesDecider,
        streamId: companyPrioritiesStream(tenantId, input.cycleId),
        command: {
          type: 'RankCompanyPriorities',
          data: {
            ...input,
            facts: { cycleThemeIds: await this.org.themeIdsOfCycle(tenantId, input.cycleId) },
          },
        },
      }),
    );
  }
}
