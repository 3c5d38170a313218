import type { Event } from '../../shared/decider';

// Data shape of the public contract (libs/contracts/src/events/strategy.events.ts).

export type CompanyPrioritiesRankedData = Readonly<{
  cycleId: string;
  /** The full ordered list, highest priority first. */
  themeIds: readonly string[];
}>;

export type CompanyPrioritiesRanked = Event<'CompanyPrioritiesRanked', CompanyPrioritiesRankedData>;

export type CompanyPrioritiesEvent = CompanyPrioritiesRanked;
