import type { CommandMetadata } from '../../shared/decider';
import { Conflict, Forbidden, NotFound, RuleViolated } from '../../shared/domain-errors';
import { AssessmentRules } from '../assessment-rules';
import { trustInstrument } from '../trust-instrument';
import { componentScores } from '../trust-score';
import { assertAllItemsAnswered } from './answers.rules';
import type {
  CloseTrustAssessmentRound,
  RequestPeerTrustRatings,
  SubmitPeerTrustRating,
} from './trust-assessment.commands';
import type {
  PeerTrustRatingSubmitted,
  PeerTrustRatingsRequested,
  TrustAssessmentRoundClosed,
} from './trust-assessment.events';
import type { TrustAssessmentState } from './trust-assessment.state';

type Existing = Exclude<TrustAssessmentState, { status: 'none' }>;

function existing(state: TrustAssessmentState, assessmentId: string): Existing {
  if (state.status === 'none') {
    throw new NotFound('ASSESSMENT_UNKNOWN', `there is no assessment ${assessmentId}`);
  }
  return state;
}

function asSubject(state: TrustAssessmentState, assessmentId: string, by: CommandMetadata) {
  const assessment = existing(state, assessmentId);
  if (assessment.subjectId !== by.actorId) {
    throw new Forbidden('NOT_SUBJECT', 'only the assessed leader manages their assessment');
  }
  return assessment;
}

function subjectOf(state: Existing) {
  const { subjectId, subjectDivId, instrumentVersion } = state;
  return { subjectId, subjectDivId, instrumentVersion };
}

export function requestRatings(
  command: RequestPeerTrustRatings,
  state: TrustAssessmentState,
): PeerTrustRatingsRequested[] {
  const { assessmentId, raterIndexes, facts } = command.data;
  const assessment = asSubject(state, assessmentId, command.metadata);
  if (assessment.status !== 'self_assessed') {
    throw new Conflict('RATINGS_ALREADY_REQUESTED', 'peer ratings were already requested');
  }
  const { minRaters, maxRaters } = AssessmentRules;
  if (raterIndexes.length < minRaters || raterIndexes.length > maxRaters) {
    throw new RuleViolated(
      'RATER_COUNT',
      `name from ${minRaters} to ${maxRaters} raters (got ${raterIndexes.length})`,
      'raterIds',
    );
  }
  if (raterIndexes.includes(facts.subjectIndex)) {
    throw new RuleViolated('SELF_RATING', 'a leader cannot rate themself', 'raterIds');
  }
  if (new Set(raterIndexes).size !== raterIndexes.length) {
    throw new RuleViolated('DUPLICATE_RATER', 'a rater is named twice', 'raterIds');
  }
  raterIndexes.forEach((raterIndex, position) =>
    assertRateable(facts.raters[raterIndex], position),
  );
  const raters = [...raterIndexes]
    .sort()
    .map((raterIndex) => ({ raterIndex, raterRef: facts.raters[raterIndex].raterRef }));
  return [
    { type: 'PeerTrustRatingsRequested', data: { assessmentId, ...subjectOf(assessment), raters } },
  ];
}

function assertRateable(
  rater: RequestPeerTrustRatings['data']['facts']['raters'][string] | undefined,
  position: number,
): void {
  if (!rater?.standing) {
    throw new NotFound('RATER_UNKNOWN', `rater ${position + 1} is not a known leader`, 'raterIds');
  }
  if (!rater.standing.active) {
    throw new RuleViolated('RATER_INACTIVE', `rater ${position + 1} is inactive`, 'raterIds');
  }
}

export function submitRating(
  command: SubmitPeerTrustRating,
  state: TrustAssessmentState,
): PeerTrustRatingSubmitted[] {
  const { assessmentId, answers, facts } = command.data;
  const assessment = existing(state, assessmentId);
  if (assessment.subjectId === command.metadata.actorId) {
    throw new Forbidden('SELF_RATING', 'a leader cannot rate themself');
  }
  if (assessment.status === 'closed') {
    throw new RuleViolated('ROUND_CLOSED', 'the round of peer ratings is closed');
  }
  if (assessment.status !== 'open' || !assessment.invited.includes(facts.raterIndex)) {
    throw new Forbidden('NOT_INVITED', 'only an invited rater rates this assessment');
  }
  if (assessment.rated.includes(facts.raterIndex)) {
    throw new Conflict('ALREADY_RATED', 'each invited rater rates once');
  }
  // The instrument of a stored assessment exists: it was checked when the assessment began.
  const instrument = trustInstrument(assessment.instrumentVersion)!;
  assertAllItemsAnswered(instrument, answers);
  return [
    {
      type: 'PeerTrustRatingSubmitted',
      data: {
        assessmentId,
        ...subjectOf(assessment),
        raterIndex: facts.raterIndex,
        raterRef: facts.raterRef,
        answers: answers.map(({ item, value }) => ({ item, value })),
        scores: componentScores(instrument, answers),
      },
    },
  ];
}

export function closeRound(
  command: CloseTrustAssessmentRound,
  state: TrustAssessmentState,
): TrustAssessmentRoundClosed[] {
  const { assessmentId } = command.data;
  const assessment = asSubject(state, assessmentId, command.metadata);
  if (assessment.status === 'closed') {
    throw new Conflict('ROUND_ALREADY_CLOSED', 'the round of peer ratings is already closed');
  }
  if (assessment.status !== 'open') {
    throw new RuleViolated('NO_ROUND_OPEN', 'no peer ratings were requested yet');
  }
  return [
    {
      type: 'TrustAssessmentRoundClosed',
      data: { assessmentId, ...subjectOf(assessment), ratingCount: assessment.rated.length },
    },
  ];
}
