import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../../request/gateway-context';
import { CommandResult } from '../../command-result.type';
import { commandDescriptions as descriptions } from '../../command-descriptions';
import { RankDivisionPortfolioCommand } from './rank-division-portfolio/rank-division-portfolio.command';
import { RankDivisionPortfolioInput } from './rank-division-portfolio/rank-division-portfolio.input';

/** The division portfolios commands of the strategy-service, one mutation each. */
@Resolver()
export class DivisionPortfoliosMutations {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: descriptions.RankDivisionPortfolio })
  rankDivisionPortfolio(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: RankDivisionPortfolioInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new RankDivisionPortfolioCommand(commandId, input, principalOf(context)),
    );
  }
}
