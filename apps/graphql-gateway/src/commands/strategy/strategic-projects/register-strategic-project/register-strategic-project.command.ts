import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { RegisterStrategicProjectInput } from './register-strategic-project.input';

export class RegisterStrategicProjectCommand extends GatewayCommand<RegisterStrategicProjectInput> {
  readonly type = 'RegisterStrategicProject';
}

@CommandHandler(RegisterStrategicProjectCommand)
export class RegisterStrategicProjectHandler extends CommandForwarder<RegisterStrategicProjectCommand> {}
