import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { InvitePeerToPresentInput } from './invite-peer-to-present.input';

export class InvitePeerToPresentCommand extends GatewayCommand<InvitePeerToPresentInput> {
  readonly type = 'InvitePeerToPresent';
}

@CommandHandler(InvitePeerToPresentCommand)
export class InvitePeerToPresentHandler extends CommandForwarder<InvitePeerToPresentCommand> {}
