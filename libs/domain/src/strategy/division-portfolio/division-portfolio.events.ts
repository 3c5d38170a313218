import type { Event } from '../../shared/decider';
import type { PortfolioItem } from './division-portfolio.commands';

// Data shape of the public contract (libs/contracts/src/events/strategy.events.ts).

/** Soft-rule codes a ranking can be accepted with (domain README §2 "S"). */
export type DivisionPortfolioWarning = 'UNRANKED_INBOUND_NEEDS';

export type DivisionPortfolioRankedData = Readonly<{
  divisionId: string;
  cycleId: string;
  revision: number;
  /** The full ordered list, highest priority first, so a diff or a replay needs no earlier event. */
  items: readonly PortfolioItem[];
  rankedBy: string;
  /** Open on the feed (any UPPER_SNAKE code), so typed as strings there and here. */
  warnings: readonly string[];
}>;

export type DivisionPortfolioRanked = Event<'DivisionPortfolioRanked', DivisionPortfolioRankedData>;

export type DivisionPortfolioEvent = DivisionPortfolioRanked;
