import { PortfolioItemKinds } from '@lib/contracts';
import {
  divisionPortfolioDecider,
  divisionPortfolioStream,
  type PortfolioItemKind,
} from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, Min, ValidateNested } from 'class-validator';
import { PortfolioFacts } from './portfolio-facts';

export class PortfolioItemInput {
  @IsIn(PortfolioItemKinds)
  kind!: PortfolioItemKind;

  @IsEntityId()
  ref!: string;
}

export class RankDivisionPortfolioInput {
  @IsEntityId()
  divisionId!: string;

  @IsEntityId()
  cycleId!: string;

  /** Highest priority first. */
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PortfolioItemInput)
  items!: PortfolioItemInput[];

  /** The revision the ranker saw: 0 before the cycle's first ranking. */
  @IsInt()
  @Min(0)
  expectedRevision!: number;
}

@Controller()
export class RankDivisionPortfolioHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(PortfolioFacts) private readonly facts: PortfolioFacts,
  ) {}

  @MessagePattern('RankDivisionPortfolio')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      RankDivisionPortfolioInput,
      async (input, { tenantId }) => ({
        decider: divisionPortfolioDecider,
        streamId: divisionPortfolioStream(tenantId, input.divisionId, input.cycleId),
        command: {
          type: 'RankDivisionPortfolio',
          data: {
            ...input,
            facts: await this.facts.ranking(tenantId, input.divisionId, input.cycleId),
          },
        },
      }),
    );
  }
}
