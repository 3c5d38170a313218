import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { DeclineSupportInput } from './decline-support.input';

export class DeclineSupportCommand extends GatewayCommand<DeclineSupportInput> {
  readonly type = 'DeclineSupport';
}

@CommandHandler(DeclineSupportCommand)
export class DeclineSupportHandler extends CommandForwarder<DeclineSupportCommand> {}
