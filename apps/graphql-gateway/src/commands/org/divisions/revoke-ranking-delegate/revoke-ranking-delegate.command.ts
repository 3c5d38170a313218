import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { RevokeRankingDelegateInput } from './revoke-ranking-delegate.input';

export class RevokeRankingDelegateCommand extends GatewayCommand<RevokeRankingDelegateInput> {
  readonly type = 'RevokeRankingDelegate';
}

@CommandHandler(RevokeRankingDelegateCommand)
export class RevokeRankingDelegateHandler extends CommandForwarder<RevokeRankingDelegateCommand> {}
