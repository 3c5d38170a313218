import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { RankCompanyPrioritiesInput } from './rank-company-priorities.input';

export class RankCompanyPrioritiesCommand extends GatewayCommand<RankCompanyPrioritiesInput> {
  readonly type = 'RankCompanyPriorities';
}

@CommandHandler(RankCompanyPrioritiesCommand)
export class RankCompanyPrioritiesHandler extends CommandForwarder<RankCompanyPrioritiesCommand> {}
