import { Conflict, Forbidden, RuleViolated } from '../../shared/domain-errors';
import { speaksForDivision, type DivisionRankingAuthority } from '../strategy.facts';
import { firstDuplicate } from '../strategy.rules';
import type {
  PortfolioItem,
  RankablePortfolioRefs,
  RankDivisionPortfolioFacts,
} from './division-portfolio.commands';
import type { DivisionPortfolioWarning } from './division-portfolio.events';

export function assertRanksForDivision(actorId: string, division: DivisionRankingAuthority): void {
  if (speaksForDivision(actorId, division)) return;
  throw new Forbidden(
    'NOT_DIVISION_HEAD_OR_DELEGATE',
    "only the division's head or a ranking delegate ranks its portfolio",
  );
}

/** Rankings are made while planning: a locked or closed cycle's rankings are history. */
export function assertCycleOpen(
  cycleId: string,
  status: RankDivisionPortfolioFacts['cycleStatus'],
): void {
  if (status === 'open') return;
  throw new RuleViolated(
    'CYCLE_NOT_OPEN',
    `cycle ${cycleId} is ${status ?? 'unknown'}: only an open cycle can be ranked`,
    'cycleId',
  );
}

export function assertExpectedRevision(expected: number, actual: number): void {
  if (expected === actual) return;
  throw new Conflict(
    'REVISION_MISMATCH',
    `expected revision ${expected}, but the portfolio is at revision ${actual}: reload and rank again`,
    'expectedRevision',
  );
}

const rankableOfKind = {
  theme: (refs: RankablePortfolioRefs) => refs.themeIds,
  project: (refs: RankablePortfolioRefs) => refs.projectIds,
  need: (refs: RankablePortfolioRefs) => refs.needIds,
} as const;

const meaningOfKind = {
  theme: 'a theme of the cycle',
  project: 'a project this division runs',
  need: 'a support need addressed to this division',
} as const;

export function assertItems(
  items: readonly PortfolioItem[],
  rankable: RankablePortfolioRefs,
): void {
  const duplicate = firstDuplicate(items.map((item) => item.ref));
  if (duplicate !== undefined) {
    throw new RuleViolated('DUPLICATE_PORTFOLIO_ITEM', `${duplicate} is ranked twice`, 'items');
  }
  const unknown = items.find((item) => !rankableOfKind[item.kind](rankable).includes(item.ref));
  if (unknown !== undefined) {
    throw new RuleViolated(
      'UNKNOWN_PORTFOLIO_ITEM',
      `${unknown.ref} is not ${meaningOfKind[unknown.kind]}`,
      'items',
    );
  }
}

export function rankingWarnings(
  items: readonly PortfolioItem[],
  openInboundNeedIds: readonly string[],
): DivisionPortfolioWarning[] {
  const rankedNeeds = new Set(items.filter((item) => item.kind === 'need').map((item) => item.ref));
  const unranked = openInboundNeedIds.some((needId) => !rankedNeeds.has(needId));
  return unranked ? ['UNRANKED_INBOUND_NEEDS'] : [];
}
