import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../../request/gateway-context';
import { CommandResult } from '../../command-result.type';
import { commandDescriptions as descriptions } from '../../command-descriptions';
import { RegisterDivisionCommand } from './register-division/register-division.command';
import { RegisterDivisionInput } from './register-division/register-division.input';
import { AppointDivisionHeadCommand } from './appoint-division-head/appoint-division-head.command';
import { AppointDivisionHeadInput } from './appoint-division-head/appoint-division-head.input';
import { DelegateRankingCommand } from './delegate-ranking/delegate-ranking.command';
import { DelegateRankingInput } from './delegate-ranking/delegate-ranking.input';
import { RevokeRankingDelegateCommand } from './revoke-ranking-delegate/revoke-ranking-delegate.command';
import { RevokeRankingDelegateInput } from './revoke-ranking-delegate/revoke-ranking-delegate.input';
import { MergeDivisionsCommand } from './merge-divisions/merge-divisions.command';
import { MergeDivisionsInput } from './merge-divisions/merge-divisions.input';

/** The divisions commands of the org-service, one mutation each. */
@Resolver()
export class DivisionsMutations {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: descriptions.RegisterDivision })
  registerDivision(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: RegisterDivisionInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new RegisterDivisionCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.AppointDivisionHead })
  appointDivisionHead(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: AppointDivisionHeadInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new AppointDivisionHeadCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.DelegateRanking })
  delegateRanking(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: DelegateRankingInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new DelegateRankingCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.RevokeRankingDelegate })
  revokeRankingDelegate(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: RevokeRankingDelegateInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new RevokeRankingDelegateCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.MergeDivisions })
  mergeDivisions(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: MergeDivisionsInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new MergeDivisionsCommand(commandId, input, principalOf(context)));
  }
}
