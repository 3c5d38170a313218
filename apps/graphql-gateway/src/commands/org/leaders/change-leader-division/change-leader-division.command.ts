import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { ChangeLeaderDivisionInput } from './change-leader-division.input';

export class ChangeLeaderDivisionCommand extends GatewayCommand<ChangeLeaderDivisionInput> {
  readonly type = 'ChangeLeaderDivision';
}

@CommandHandler(ChangeLeaderDivisionCommand)
export class ChangeLeaderDivisionHandler extends CommandForwarder<ChangeLeaderDivisionCommand> {}
