import type { Command } from '../../shared/decider';
import type { DivisionRankingAuthority } from '../strategy.facts';
import type { PortfolioItemKind } from '../strategy.vocabulary';

export type PortfolioItem = Readonly<{ kind: PortfolioItemKind; ref: string }>;

/** What a division may rank in a cycle; each list comes from the service's read models. */
export type RankablePortfolioRefs = Readonly<{
  /** The themes defined for the cycle (org: ThemeDefined); themes are shared by every division. */
  themeIds: readonly string[];
  /** The strategic projects this division runs (its home division), whatever their status. */
  projectIds: readonly string[];
  /** The support needs addressed to this division, whatever their status. */
  needIds: readonly string[];
}>;

export type RankDivisionPortfolioFacts = Readonly<{
  /** The division's head and ranking delegates (org read model). */
  division: DivisionRankingAuthority;
  /** The cycle's status (org: CycleOpened, CycleLocked, CycleClosed); absent when unknown. */
  cycleStatus?: 'open' | 'locked' | 'closed';
  rankable: RankablePortfolioRefs;
  /** Needs addressed to this division still declared, counter-proposed or committed. */
  openInboundNeedIds: readonly string[];
}>;

export type RankDivisionPortfolio = Command<
  'RankDivisionPortfolio',
  {
    divisionId: string;
    cycleId: string;
    /** Highest priority first. */
    items: readonly PortfolioItem[];
    /** The revision the ranker saw: 0 before the first ranking of the cycle. */
    expectedRevision: number;
    facts: RankDivisionPortfolioFacts;
  }
>;

export type DivisionPortfolioCommand = RankDivisionPortfolio;
