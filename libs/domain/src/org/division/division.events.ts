import type { Event } from '../../shared/decider';

export type DivisionRegisteredData = { divisionId: string; name: string };
export type DivisionHeadAppointedData = { divisionId: string; leaderId: string };
export type RankingDelegatedData = { divisionId: string; delegateId: string };
export type RankingDelegateRevokedData = { divisionId: string; delegateId: string };

/**
 * Appended to the target division's stream only: the sources' streams never hear of it. The org
 * read model and the projections learn from this one event that the sources now belong to the
 * target from `effectiveAt`; history recorded under the sources stays as it was.
 */
export type DivisionsMergedData = {
  sourceIds: readonly string[];
  targetId: string;
  effectiveAt: string;
};

export type DivisionRegistered = Event<'DivisionRegistered', DivisionRegisteredData>;
export type DivisionHeadAppointed = Event<'DivisionHeadAppointed', DivisionHeadAppointedData>;
export type RankingDelegated = Event<'RankingDelegated', RankingDelegatedData>;
export type RankingDelegateRevoked = Event<'RankingDelegateRevoked', RankingDelegateRevokedData>;
export type DivisionsMerged = Event<'DivisionsMerged', DivisionsMergedData>;

export type DivisionEvent =
  | DivisionRegistered
  | DivisionHeadAppointed
  | RankingDelegated
  | RankingDelegateRevoked
  | DivisionsMerged;
