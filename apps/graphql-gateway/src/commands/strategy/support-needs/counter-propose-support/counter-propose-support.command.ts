import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { CounterProposeSupportInput } from './counter-propose-support.input';

export class CounterProposeSupportCommand extends GatewayCommand<CounterProposeSupportInput> {
  readonly type = 'CounterProposeSupport';
}

@CommandHandler(CounterProposeSupportCommand)
export class CounterProposeSupportHandler extends CommandForwarder<CounterProposeSupportCommand> {}
