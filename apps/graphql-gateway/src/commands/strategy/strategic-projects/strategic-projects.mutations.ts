import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../../request/gateway-context';
import { CommandResult } from '../../command-result.type';
import { commandDescriptions as descriptions } from '../../command-descriptions';
import { RegisterStrategicProjectCommand } from './register-strategic-project/register-strategic-project.command';
import { RegisterStrategicProjectInput } from './register-strategic-project/register-strategic-project.input';
import { ReportProjectStatusCommand } from './report-project-status/report-project-status.command';
import { ReportProjectStatusInput } from './report-project-status/report-project-status.input';
import { ChangeOwnerCommand } from './change-owner/change-owner.command';
import { ChangeOwnerInput } from './change-owner/change-owner.input';
import { CloseProjectCommand } from './close-project/close-project.command';
import { CloseProjectInput } from './close-project/close-project.input';

/** The strategic projects commands of the strategy-service, one mutation each. */
@Resolver()
export class StrategicProjectsMutations {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: descriptions.RegisterStrategicProject })
  registerStrategicProject(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: RegisterStrategicProjectInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new RegisterStrategicProjectCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.ReportProjectStatus })
  reportProjectStatus(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: ReportProjectStatusInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ReportProjectStatusCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.ChangeOwner })
  changeOwner(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: ChangeOwnerInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new ChangeOwnerCommand(commandId, input, principalOf(context)));
  }

  @Mutation(() => CommandResult, { description: descriptions.CloseProject })
  closeProject(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: CloseProjectInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new CloseProjectCommand(commandId, input, principalOf(context)));
  }
}
