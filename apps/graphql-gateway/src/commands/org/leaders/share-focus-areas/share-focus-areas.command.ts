import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { ShareFocusAreasInput } from './share-focus-areas.input';

export class ShareFocusAreasCommand extends GatewayCommand<ShareFocusAreasInput> {
  readonly type = 'ShareFocusAreas';
}

@CommandHandler(ShareFocusAreasCommand)
export class ShareFocusAreasHandler extends CommandForwarder<ShareFocusAreasCommand> {}
