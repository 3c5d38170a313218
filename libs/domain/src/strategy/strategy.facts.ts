// Facts about other aggregates that strategy commands carry. A decider never looks anything up: the
// service fills these from its local read models of the org and strategy topics before deciding.

/** A leader as the org read model knows them now (LeaderRegistered, …DivisionChanged, …Deactivated). */
export type LeaderMembership = Readonly<{ divisionId: string; active: boolean }>;

/**
 * Who speaks for a division: its head and the ranking delegates the head named (org read model:
 * DivisionHeadAppointed, RankingDelegated, RankingDelegateRevoked). No `headId` while it has no head.
 */
export type DivisionRankingAuthority = Readonly<{
  headId?: string;
  delegateIds: readonly string[];
}>;

export function speaksForDivision(actorId: string, authority: DivisionRankingAuthority): boolean {
  return actorId === authority.headId || authority.delegateIds.includes(actorId);
}
