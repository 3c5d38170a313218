import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { WithdrawSupportNeedInput } from './withdraw-support-need.input';

export class WithdrawSupportNeedCommand extends GatewayCommand<WithdrawSupportNeedInput> {
  readonly type = 'WithdrawSupportNeed';
}

@CommandHandler(WithdrawSupportNeedCommand)
export class WithdrawSupportNeedHandler extends CommandForwarder<WithdrawSupportNeedCommand> {}
