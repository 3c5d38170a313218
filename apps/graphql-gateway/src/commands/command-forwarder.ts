import { Inject } from '@nestjs/common';
import type { ICommandHandler } from '@nestjs/cqrs';
import { CommandDispatcher } from './command-dispatcher';
import type { CommandResult } from './command-result.type';
import type { GatewayCommand } from './gateway-command';

/**
 * What every mutation's handler does: the command's rules live in its service, so the gateway's
 * handler only forwards it there. Each command still has its own handler class, the seam where a
 * gateway-side step (say, a routing decision) would go.
 */
export abstract class CommandForwarder<C extends GatewayCommand> implements ICommandHandler<
  GatewayCommand,
  CommandResult
> {
  constructor(@Inject(CommandDispatcher) private readonly commands: CommandDispatcher) {}

  execute(command: C): Promise<CommandResult> {
    return this.commands.dispatch(command);
  }
}
