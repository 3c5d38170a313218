import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { MergeDivisionsInput } from './merge-divisions.input';

export class MergeDivisionsCommand extends GatewayCommand<MergeDivisionsInput> {
  readonly type = 'MergeDivisions';
}

@CommandHandler(MergeDivisionsCommand)
export class MergeDivisionsHandler extends CommandForwarder<MergeDivisionsCommand> {}
