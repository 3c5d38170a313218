import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { CloseProjectInput } from './close-project.input';

export class CloseProjectCommand extends GatewayCommand<CloseProjectInput> {
  readonly type = 'CloseProject';
}

@CommandHandler(CloseProjectCommand)
export class CloseProjectHandler extends CommandForwarder<CloseProjectCommand> {}
