import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { ReportProjectStatusInput } from './report-project-status.input';

export class ReportProjectStatusCommand extends GatewayCommand<ReportProjectStatusInput> {
  readonly type = 'ReportProjectStatus';
}

@CommandHandler(ReportProjectStatusCommand)
export class ReportProjectStatusHandler extends CommandForwarder<ReportProjectStatusCommand> {}
