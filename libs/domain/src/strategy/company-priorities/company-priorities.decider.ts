import type { Decider } from '../../shared/decider';
import { Forbidden, RuleViolated } from '../../shared/domain-errors';
import { exhaustive } from '../../shared/exhaustive';
import { streamId } from '../../shared/stream-id';
import { firstDuplicate } from '../strategy.rules';
import type {
  CompanyPrioritiesCommand,
  RankCompanyPriorities,
} from './company-priorities.commands';
import type { CompanyPrioritiesEvent } from './company-priorities.events';
import type { CompanyPrioritiesState } from './company-priorities.state';

/** One ranking of company priorities per tenant and cycle. */
export function companyPrioritiesStream(tenantId: string, cycleId: string): string {
  return streamId('company-priorities', tenantId, cycleId);
}

const RANKING_ROLES = ['executive', 'admin'];

function rank(command: RankCompanyPriorities): CompanyPrioritiesEvent[] {
  const { cycleId, themeIds, facts } = command.data;
  if (!command.metadata.roles?.some((role) => RANKING_ROLES.includes(role))) {
    throw new Forbidden(
      'NOT_EXECUTIVE_OR_ADMIN',
      "only an executive or an admin ranks the company's priorities",
    );
  }
  const duplicate = firstDuplicate(themeIds);
  if (duplicate !== undefined) {
    throw new RuleViolated('DUPLICATE_THEMES', `theme ${duplicate} is ranked twice`, 'themeIds');
  }
  const foreign = themeIds.find((themeId) => !facts.cycleThemeIds.includes(themeId));
  if (foreign !== undefined) {
    throw new RuleViolated(
      'THEME_NOT_IN_CYCLE',
      `${foreign} is not a theme of cycle ${cycleId}`,
      'themeIds',
    );
  }
  return [{ type: 'CompanyPrioritiesRanked', data: { cycleId, themeIds: [...themeIds] } }];
}

function evolve(
  state: CompanyPrioritiesState,
  event: CompanyPrioritiesEvent,
): CompanyPrioritiesState {
  switch (event.type) {
    case 'CompanyPrioritiesRanked':
      return { status: 'ranked', themeIds: event.data.themeIds };
    default:
      return state;
  }
}

export const companyPrioritiesDecider: Decider<
  CompanyPrioritiesState,
  CompanyPrioritiesCommand,
  CompanyPrioritiesEvent
> = {
  name: 'CompanyPriorities',
  initialState: () => ({ status: 'unranked' }),
  // Each ranking replaces the last whole, so no rule depends on the state.
  decide(command) {
    switch (command.type) {
      case 'RankCompanyPriorities':
        return rank(command);
      default:
        // A union of one command does not narrow `command` itself to never; its type does.
        return exhaustive(command.type);
    }
  },
  evolve,
};
