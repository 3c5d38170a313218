import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { RequestPeerTrustRatingsInput } from './request-peer-trust-ratings.input';

export class RequestPeerTrustRatingsCommand extends GatewayCommand<RequestPeerTrustRatingsInput> {
  readonly type = 'RequestPeerTrustRatings';
}

@CommandHandler(RequestPeerTrustRatingsCommand)
export class RequestPeerTrustRatingsHandler extends CommandForwarder<RequestPeerTrustRatingsCommand> {}
