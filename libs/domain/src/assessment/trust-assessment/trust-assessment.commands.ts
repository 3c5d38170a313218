import type { Command } from '../../shared/decider';
import type { TrustAnswer } from '../trust-score';

/**
 * A rater as the service pseudonymised them. `raterIndex` is a keyed digest of the rater within
 * one assessment: equal for the same rater, unlinkable without the tenant's key. `raterRef` is the
 * rater's id encrypted under the tenant's key. The domain never sees a rater's id in clear.
 */
export type RaterPseudonym = Readonly<{ raterIndex: string; raterRef: string }>;

export type LeaderStanding = Readonly<{ divisionId: string; active: boolean }>;

/** The subject is the actor: a leader assesses only themself. */
export type SubmitTrustSelfAssessment = Command<
  'SubmitTrustSelfAssessment',
  {
    assessmentId: string;
    instrumentVersion: number;
    answers: readonly TrustAnswer[];
    facts: Readonly<{ subject?: LeaderStanding }>;
  }
>;

export type RequestPeerTrustRatings = Command<
  'RequestPeerTrustRatings',
  {
    assessmentId: string;
    /** One per rater the subject named, in the order named. */
    raterIndexes: readonly string[];
    facts: Readonly<{
      /** The subject's own index under the same key: equal to a rater's when they named themself. */
      subjectIndex: string;
      /** Each named rater by index: their encrypted id and whether the org directory knows them. */
      raters: Readonly<Record<string, Readonly<{ raterRef: string; standing?: LeaderStanding }>>>;
    }>;
  }
>;

/** The rater is the actor; the event records them only as a pseudonym. */
export type SubmitPeerTrustRating = Command<
  'SubmitPeerTrustRating',
  {
    assessmentId: string;
    answers: readonly TrustAnswer[];
    facts: RaterPseudonym;
  }
>;

export type CloseTrustAssessmentRound = Command<
  'CloseTrustAssessmentRound',
  { assessmentId: string }
>;

export type TrustAssessmentCommand =
  | SubmitTrustSelfAssessment
  | RequestPeerTrustRatings
  | SubmitPeerTrustRating
  | CloseTrustAssessmentRound;
