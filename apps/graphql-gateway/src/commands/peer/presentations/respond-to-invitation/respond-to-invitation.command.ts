import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { RespondToInvitationInput } from './respond-to-invitation.input';

export class RespondToInvitationCommand extends GatewayCommand<RespondToInvitationInput> {
  readonly type = 'RespondToInvitation';
}

@CommandHandler(RespondToInvitationCommand)
export class RespondToInvitationHandler extends CommandForwarder<RespondToInvitationCommand> {}
