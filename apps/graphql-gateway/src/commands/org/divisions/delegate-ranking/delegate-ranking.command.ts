import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { DelegateRankingInput } from './delegate-ranking.input';

export class DelegateRankingCommand extends GatewayCommand<DelegateRankingInput> {
  readonly type = 'DelegateRanking';
}

@CommandHandler(DelegateRankingCommand)
export class DelegateRankingHandler extends CommandForwarder<DelegateRankingCommand> {}
