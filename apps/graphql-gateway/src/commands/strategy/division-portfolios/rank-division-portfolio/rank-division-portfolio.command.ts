import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { RankDivisionPortfolioInput } from './rank-division-portfolio.input';

export class RankDivisionPortfolioCommand extends GatewayCommand<RankDivisionPortfolioInput> {
  readonly type = 'RankDivisionPortfolio';
}

@CommandHandler(RankDivisionPortfolioCommand)
export class RankDivisionPortfolioHandler extends CommandForwarder<RankDivisionPortfolioCommand> {}
