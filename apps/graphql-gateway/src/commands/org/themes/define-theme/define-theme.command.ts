import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { DefineThemeInput } from './define-theme.input';

export class DefineThemeCommand extends GatewayCommand<DefineThemeInput> {
  readonly type = 'DefineTheme';
}

@CommandHandler(DefineThemeCommand)
export class DefineThemeHandler extends CommandForwarder<DefineThemeCommand> {}
