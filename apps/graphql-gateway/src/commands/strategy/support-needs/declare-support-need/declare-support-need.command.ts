import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { DeclareSupportNeedInput } from './declare-support-need.input';

export class DeclareSupportNeedCommand extends GatewayCommand<DeclareSupportNeedInput> {
  readonly type = 'DeclareSupportNeed';
}

@CommandHandler(DeclareSupportNeedCommand)
export class DeclareSupportNeedHandler extends CommandForwarder<DeclareSupportNeedCommand> {}
