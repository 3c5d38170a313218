import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { ChangeOwnerInput } from './change-owner.input';

export class ChangeOwnerCommand extends GatewayCommand<ChangeOwnerInput> {
  readonly type = 'ChangeOwner';
}

@CommandHandler(ChangeOwnerCommand)
export class ChangeOwnerHandler extends CommandForwarder<ChangeOwnerCommand> {}
