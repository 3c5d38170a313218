import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { DeclareCapacityInput } from './declare-capacity.input';

export class DeclareCapacityCommand extends GatewayCommand<DeclareCapacityInput> {
  readonly type = 'DeclareCapacity';
}

@CommandHandler(DeclareCapacityCommand)
export class DeclareCapacityHandler extends CommandForwarder<DeclareCapacityCommand> {}
