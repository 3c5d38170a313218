import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { RecordPresentationDeliveredInput } from './record-presentation-delivered.input';

export class RecordPresentationDeliveredCommand extends GatewayCommand<RecordPresentationDeliveredInput> {
  readonly type = 'RecordPresentationDelivered';
}

@CommandHandler(RecordPresentationDeliveredCommand)
export class RecordPresentationDeliveredHandler extends CommandForwarder<RecordPresentationDeliveredCommand> {}
