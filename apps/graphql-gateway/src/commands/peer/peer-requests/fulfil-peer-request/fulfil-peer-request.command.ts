import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { FulfilPeerRequestInput } from './fulfil-peer-request.input';

export class FulfilPeerRequestCommand extends GatewayCommand<FulfilPeerRequestInput> {
  readonly type = 'FulfilPeerRequest';
}

@CommandHandler(FulfilPeerRequestCommand)
export class FulfilPeerRequestHandler extends CommandForwarder<FulfilPeerRequestCommand> {}
