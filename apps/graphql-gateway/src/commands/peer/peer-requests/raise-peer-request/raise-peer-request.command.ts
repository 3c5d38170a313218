import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { RaisePeerRequestInput } from './raise-peer-request.input';

export class RaisePeerRequestCommand extends GatewayCommand<RaisePeerRequestInput> {
  readonly type = 'RaisePeerRequest';
}

@CommandHandler(RaisePeerRequestCommand)
export class RaisePeerRequestHandler extends CommandForwarder<RaisePeerRequestCommand> {}
