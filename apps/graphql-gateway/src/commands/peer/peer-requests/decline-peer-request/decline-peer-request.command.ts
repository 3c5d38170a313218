import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { DeclinePeerRequestInput } from './decline-peer-request.input';

export class DeclinePeerRequestCommand extends GatewayCommand<DeclinePeerRequestInput> {
  readonly type = 'DeclinePeerRequest';
}

@CommandHandler(DeclinePeerRequestCommand)
export class DeclinePeerRequestHandler extends CommandForwarder<DeclinePeerRequestCommand> {}
