import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { RegisterDivisionInput } from './register-division.input';

export class RegisterDivisionCommand extends GatewayCommand<RegisterDivisionInput> {
  readonly type = 'RegisterDivision';
}

@CommandHandler(RegisterDivisionCommand)
export class RegisterDivisionHandler extends CommandForwarder<RegisterDivisionCommand> {}
