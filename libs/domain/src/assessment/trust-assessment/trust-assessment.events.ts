import type { Event } from '../../shared/decider';
import type { ComponentScores, TrustAnswer } from '../trust-score';
import type { RaterPseudonym } from './trust-assessment.commands';

// Data shapes of the public contract (libs/contracts/src/events/assessment.events.ts).

type Subject = Readonly<{
  assessmentId: string;
  subjectId: string;
  /** The subject's division when the event happened. */
  subjectDivId: string;
  instrumentVersion: number;
}>;

export type TrustSelfAssessmentSubmittedData = Subject &
  Readonly<{ answers: readonly TrustAnswer[]; scores: ComponentScores }>;

export type PeerTrustRatingsRequestedData = Subject &
  Readonly<{
    /** Ordered by index, so the order says nothing about the order the subject named them in. */
    raters: readonly RaterPseudonym[];
  }>;

export type PeerTrustRatingSubmittedData = Subject &
  RaterPseudonym &
  Readonly<{ answers: readonly TrustAnswer[]; scores: ComponentScores }>;

export type TrustAssessmentRoundClosedData = Subject & Readonly<{ ratingCount: number }>;

export type TrustSelfAssessmentSubmitted = Event<
  'TrustSelfAssessmentSubmitted',
  TrustSelfAssessmentSubmittedData
>;
export type PeerTrustRatingsRequested = Event<
  'PeerTrustRatingsRequested',
  PeerTrustRatingsRequestedData
>;
export type PeerTrustRatingSubmitted = Event<
  'PeerTrustRatingSubmitted',
  PeerTrustRatingSubmittedData
>;
export type TrustAssessmentRoundClosed = Event<
  'TrustAssessmentRoundClosed',
  TrustAssessmentRoundClosedData
>;

export type TrustAssessmentEvent =
  | TrustSelfAssessmentSubmitted
  | PeerTrustRatingsRequested
  | PeerTrustRatingSubmitted
  | TrustAssessmentRoundClosed;
