import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { SubmitPeerTrustRatingInput } from './submit-peer-trust-rating.input';

export class SubmitPeerTrustRatingCommand extends GatewayCommand<SubmitPeerTrustRatingInput> {
  readonly type = 'SubmitPeerTrustRating';
}

@CommandHandler(SubmitPeerTrustRatingCommand)
export class SubmitPeerTrustRatingHandler extends CommandForwarder<SubmitPeerTrustRatingCommand> {}
