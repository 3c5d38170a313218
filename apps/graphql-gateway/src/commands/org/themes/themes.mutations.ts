import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../../request/gateway-context';
import { CommandResult } from '../../command-result.type';
import { commandDescriptions as descriptions } from '../../command-descriptions';
import { DefineThemeCommand } from './define-theme/define-theme.command';
import { DefineThemeInput } from './define-theme/define-theme.input';

/** The themes commands of the org-service, one mutation each. */
@Resolver()
export class ThemesMutations {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: descriptions.DefineTheme })
  defineTheme(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: DefineThemeInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new DefineThemeCommand(commandId, input, principalOf(context)));
  }
}
