import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { RecordSupportDeliveredInput } from './record-support-delivered.input';

export class RecordSupportDeliveredCommand extends GatewayCommand<RecordSupportDeliveredInput> {
  readonly type = 'RecordSupportDelivered';
}

@CommandHandler(RecordSupportDeliveredCommand)
export class RecordSupportDeliveredHandler extends CommandForwarder<RecordSupportDeliveredCommand> {}
