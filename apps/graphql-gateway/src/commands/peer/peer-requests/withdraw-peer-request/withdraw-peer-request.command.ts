import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { WithdrawPeerRequestInput } from './withdraw-peer-request.input';

export class WithdrawPeerRequestCommand extends GatewayCommand<WithdrawPeerRequestInput> {
  readonly type = 'WithdrawPeerRequest';
}

@CommandHandler(WithdrawPeerRequestCommand)
export class WithdrawPeerRequestHandler extends CommandForwarder<WithdrawPeerRequestCommand> {}
