import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { AppointDivisionHeadInput } from './appoint-division-head.input';

export class AppointDivisionHeadCommand extends GatewayCommand<AppointDivisionHeadInput> {
  readonly type = 'AppointDivisionHead';
}

@CommandHandler(AppointDivisionHeadCommand)
export class AppointDivisionHeadHandler extends CommandForwarder<AppointDivisionHeadCommand> {}
