import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { ReportSupportSlipInput } from './report-support-slip.input';

export class ReportSupportSlipCommand extends GatewayCommand<ReportSupportSlipInput> {
  readonly type = 'ReportSupportSlip';
}

@CommandHandler(ReportSupportSlipCommand)
export class ReportSupportSlipHandler extends CommandForwarder<ReportSupportSlipCommand> {}
