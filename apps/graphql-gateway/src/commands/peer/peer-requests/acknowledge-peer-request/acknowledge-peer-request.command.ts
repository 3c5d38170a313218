import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { AcknowledgePeerRequestInput } from './acknowledge-peer-request.input';

export class AcknowledgePeerRequestCommand extends GatewayCommand<AcknowledgePeerRequestInput> {
  readonly type = 'AcknowledgePeerRequest';
}

@CommandHandler(AcknowledgePeerRequestCommand)
export class AcknowledgePeerRequestHandler extends CommandForwarder<AcknowledgePeerRequestCommand> {}
