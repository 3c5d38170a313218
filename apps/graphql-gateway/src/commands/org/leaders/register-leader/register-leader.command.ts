import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { RegisterLeaderInput } from './register-leader.input';

export class RegisterLeaderCommand extends GatewayCommand<RegisterLeaderInput> {
  readonly type = 'RegisterLeader';
}

@CommandHandler(RegisterLeaderCommand)
export class RegisterLeaderHandler extends CommandForwarder<RegisterLeaderCommand> {}
