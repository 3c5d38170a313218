import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { RedirectPeerRequestInput } from './redirect-peer-request.input';

export class RedirectPeerRequestCommand extends GatewayCommand<RedirectPeerRequestInput> {
  readonly type = 'RedirectPeerRequest';
}

@CommandHandler(RedirectPeerRequestCommand)
export class RedirectPeerRequestHandler extends CommandForwarder<RedirectPeerRequestCommand> {}
