import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { LockCycleInput } from './lock-cycle.input';

export class LockCycleCommand extends GatewayCommand<LockCycleInput> {
  readonly type = 'LockCycle';
}

@CommandHandler(LockCycleCommand)
export class LockCycleHandler extends CommandForwarder<LockCycleCommand> {}
