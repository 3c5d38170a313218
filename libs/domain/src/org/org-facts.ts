// Facts about other org aggregates that a command carries, because a decider never looks anything up.
// The org service fills them from its local read model of the org topic just before deciding.

/**
 * How the org read model knows a division a command names: registered and current
 * (DivisionRegistered), merged into another (a DivisionsMerged names it among `sourceIds`), or
 * never registered.
 */
export type DivisionStanding = 'active' | 'merged_away' | 'unknown';

/**
 * A leader as the org read model knows them now (LeaderRegistered, LeaderDivisionChanged,
 * LeaderDeactivated): their current division, with merges applied (a leader of a merged-away
 * division counts as a member of its target, DivisionsMerged), and whether still active.
 */
export type OrgLeaderFacts = Readonly<{ divisionId: string; active: boolean }>;
