import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { CommitSupportInput } from './commit-support.input';

export class CommitSupportCommand extends GatewayCommand<CommitSupportInput> {
  readonly type = 'CommitSupport';
}

@CommandHandler(CommitSupportCommand)
export class CommitSupportHandler extends CommandForwarder<CommitSupportCommand> {}
