import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { DeactivateLeaderInput } from './deactivate-leader.input';

export class DeactivateLeaderCommand extends GatewayCommand<DeactivateLeaderInput> {
  readonly type = 'DeactivateLeader';
}

@CommandHandler(DeactivateLeaderCommand)
export class DeactivateLeaderHandler extends CommandForwarder<DeactivateLeaderCommand> {}
