import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../../request/gateway-context';
import { CommandResult } from '../../command-result.type';
import { commandDescriptions as descriptions } from '../../command-descriptions';
import { RankCompanyPrioritiesCommand } from './rank-company-priorities/rank-company-priorities.command';
import { RankCompanyPrioritiesInput } from './rank-company-priorities/rank-company-priorities.input';

/** The company priorities commands of the strategy-service, one mutation each. */
@Resolver()
export class CompanyPrioritiesMutations {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: descriptions.RankCompanyPriorities })
  rankCompanyPriorities(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: RankCompanyPrioritiesInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new RankCompanyPrioritiesCommand(commandId, input, principalOf(context)),
    );
  }
}
