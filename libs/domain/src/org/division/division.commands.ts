import type { Command } from '../../shared/decider';
import type { DivisionStanding, OrgLeaderFacts } from '../org-facts';

// A division's own stream never learns it was merged away (DivisionsMerged lives in the target's
// stream), so commands that would give it a new head or delegate carry that fact from the org
// read model: `divisionMergedAway`.

export type RegisterDivision = Command<'RegisterDivision', { divisionId: string; name: string }>;

/** AppointDivisionHead's facts: the appointee as the org read model knows them (null: unknown). */
export type AppointDivisionHeadFacts = Readonly<{
  divisionMergedAway: boolean;
  leader: OrgLeaderFacts | null;
}>;

export type AppointDivisionHead = Command<
  'AppointDivisionHead',
  { divisionId: string; leaderId: string; facts: AppointDivisionHeadFacts }
>;

/** DelegateRanking's facts: the delegate as the org read model knows them (null: unknown). */
export type DelegateRankingFacts = Readonly<{
  divisionMergedAway: boolean;
  delegate: OrgLeaderFacts | null;
}>;

export type DelegateRanking = Command<
  'DelegateRanking',
  { divisionId: string; delegateId: string; facts: DelegateRankingFacts }
>;

/** Needs no facts: a delegation can always be withdrawn, even from someone who has moved on. */
export type RevokeRankingDelegate = Command<
  'RevokeRankingDelegate',
  { divisionId: string; delegateId: string }
>;

/**
 * MergeDivisions's facts, from the org read model: whether the target itself was merged away, and
 * the standing of each division in `sourceIds`, keyed by its id (a missing id counts as unknown).
 */
export type MergeDivisionsFacts = Readonly<{
  targetMergedAway: boolean;
  sources: Readonly<Record<string, DivisionStanding>>;
}>;

/** Decided on the target division's stream. */
export type MergeDivisions = Command<
  'MergeDivisions',
  {
    targetId: string;
    sourceIds: readonly string[];
    effectiveAt: string;
    facts: MergeDivisionsFacts;
  }
>;

export type DivisionCommand =
  RegisterDivision | AppointDivisionHead | DelegateRanking | RevokeRankingDelegate | MergeDivisions;
