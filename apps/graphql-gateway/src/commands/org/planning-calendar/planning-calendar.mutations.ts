import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../../request/gateway-context';
import { CommandResult } from '../../command-result.type';
import { commandDescriptions as descriptions } from '../../command-descriptions';
import { OpenCycleCommand } from './open-cycle/open-cycle.command';
import { OpenCycleInput } from './open-cycle/open-cycle.input';
import { LockCycleCommand } from './lock-cycle/lock-cycle.command';
import { LockCycleInput } from './lock-cycle/lock-cycle.input';
import { CloseCycleCommand } from './close-cycle/close-cycle.command';
import { CloseCycleInput } from './close-cycle/close-cycle.input';

/** The planning calendar commands of the org-service, one mutation each. */
@Resolver()
export class PlanningCalendarMutations {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: descriptions.OpenCycle })
  openCycle(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: OpenCycleInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new OpenCycleCommand(commandId, input, principalOf(context)));
  }

  @Mutation(() => CommandResult, { description: descriptions.LockCycle })
  lockCycle(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: LockCycleInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new LockCycleCommand(commandId, input, principalOf(context)));
  }

  @Mutation(() => CommandResult, { description: descriptions.CloseCycle })
  closeCycle(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: CloseCycleInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new CloseCycleCommand(commandId, input, principalOf(context)));
  }
}
