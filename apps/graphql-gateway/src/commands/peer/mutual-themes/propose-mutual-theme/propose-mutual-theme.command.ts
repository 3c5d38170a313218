import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { ProposeMutualThemeInput } from './propose-mutual-theme.input';

export class ProposeMutualThemeCommand extends GatewayCommand<ProposeMutualThemeInput> {
  readonly type = 'ProposeMutualTheme';
}

@CommandHandler(ProposeMutualThemeCommand)
export class ProposeMutualThemeHandler extends CommandForwarder<ProposeMutualThemeCommand> {}
