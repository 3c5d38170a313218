import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { ConfirmMutualThemeInput } from './confirm-mutual-theme.input';

export class ConfirmMutualThemeCommand extends GatewayCommand<ConfirmMutualThemeInput> {
  readonly type = 'ConfirmMutualTheme';
}

@CommandHandler(ConfirmMutualThemeCommand)
export class ConfirmMutualThemeHandler extends CommandForwarder<ConfirmMutualThemeCommand> {}
