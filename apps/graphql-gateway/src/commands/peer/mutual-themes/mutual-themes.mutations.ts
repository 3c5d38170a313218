import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../../request/gateway-context';
import { CommandResult } from '../../command-result.type';
import { commandDescriptions as descriptions } from '../../command-descriptions';
import { ProposeMutualThemeCommand } from './propose-mutual-theme/propose-mutual-theme.command';
import { ProposeMutualThemeInput } from './propose-mutual-theme/propose-mutual-theme.input';
import { ConfirmMutualThemeCommand } from './confirm-mutual-theme/confirm-mutual-theme.command';
import { ConfirmMutualThemeInput } from './confirm-mutual-theme/confirm-mutual-theme.input';

/** The mutual themes commands of the peer-service, one mutation each. */
@Resolver()
export class MutualThemesMutations {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: descriptions.ProposeMutualTheme })
  proposeMutualTheme(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: ProposeMutualThemeInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ProposeMutualThemeCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.ConfirmMutualTheme })
  confirmMutualTheme(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: ConfirmMutualThemeInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ConfirmMutualThemeCommand(commandId, input, principalOf(context)),
    );
  }
}
