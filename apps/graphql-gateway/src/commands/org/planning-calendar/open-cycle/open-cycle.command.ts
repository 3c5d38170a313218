import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { OpenCycleInput } from './open-cycle.input';

export class OpenCycleCommand extends GatewayCommand<OpenCycleInput> {
  readonly type = 'OpenCycle';
}

@CommandHandler(OpenCycleCommand)
export class OpenCycleHandler extends CommandForwarder<OpenCycleCommand> {}
