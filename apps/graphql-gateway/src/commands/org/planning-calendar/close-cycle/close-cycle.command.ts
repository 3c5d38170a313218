import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { CloseCycleInput } from './close-cycle.input';

export class CloseCycleCommand extends GatewayCommand<CloseCycleInput> {
  readonly type = 'CloseCycle';
}

@CommandHandler(CloseCycleCommand)
export class CloseCycleHandler extends CommandForwarder<CloseCycleCommand> {}
