import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../../request/gateway-context';
import { CommandResult } from '../../command-result.type';
import { commandDescriptions as descriptions } from '../../command-descriptions';
import { RegisterLeaderCommand } from './register-leader/register-leader.command';
import { RegisterLeaderInput } from './register-leader/register-leader.input';
import { ChangeLeaderDivisionCommand } from './change-leader-division/change-leader-division.command';
import { ChangeLeaderDivisionInput } from './change-leader-division/change-leader-division.input';
import { DeclareCapacityCommand } from './declare-capacity/declare-capacity.command';
import { DeclareCapacityInput } from './declare-capacity/declare-capacity.input';
import { DeactivateLeaderCommand } from './deactivate-leader/deactivate-leader.command';
import { DeactivateLeaderInput } from './deactivate-leader/deactivate-leader.input';
import { ShareFocusAreasCommand } from './share-focus-areas/share-focus-areas.command';
import { ShareFocusAreasInput } from './share-focus-areas/share-focus-areas.input';

/** The leaders commands of the org-service, one mutation each. */
@Resolver()
export class LeadersMutations {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: descriptions.RegisterLeader })
  registerLeader(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: RegisterLeaderInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new RegisterLeaderCommand(commandId, input, principalOf(context)));
  }

  @Mutation(() => CommandResult, { description: descriptions.ChangeLeaderDivision })
  changeLeaderDivision(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: ChangeLeaderDivisionInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ChangeLeaderDivisionCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.DeclareCapacity })
  declareCapacity(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: DeclareCapacityInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new DeclareCapacityCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.DeactivateLeader })
  deactivateLeader(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: DeactivateLeaderInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new DeactivateLeaderCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.ShareFocusAreas })
  shareFocusAreas(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: ShareFocusAreasInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ShareFocusAreasCommand(commandId, input, principalOf(context)),
    );
  }
}
