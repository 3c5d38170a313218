import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { AcceptPeerRequestInput } from './accept-peer-request.input';

export class AcceptPeerRequestCommand extends GatewayCommand<AcceptPeerRequestInput> {
  readonly type = 'AcceptPeerRequest';
}

@CommandHandler(AcceptPeerRequestCommand)
export class AcceptPeerRequestHandler extends CommandForwarder<AcceptPeerRequestCommand> {}
