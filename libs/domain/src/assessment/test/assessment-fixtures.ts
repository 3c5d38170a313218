import type { CommandMetadata } from '../../shared/decider';
import type {
  PeerTrustRatingSubmitted,
  PeerTrustRatingsRequested,
  TrustSelfAssessmentSubmitted,
} from '../trust-assessment/trust-assessment.events';
import { CURRENT_TRUST_INSTRUMENT } from '../trust-instrument';
import { componentScores, type TrustAnswer } from '../trust-score';

// Ana assesses herself and asks five peers; the indexes stand for the service's keyed digests.

export const NOW = '2026-03-02T09:00:00.000Z';
export const ASSESSMENT = 'ana-2026';
export const subject = 'leader-ana';
export const raters = ['leader-ben', 'leader-cy', 'leader-dee', 'leader-eli', 'leader-fay'];

export const indexOf = (leaderId: string) => `idx(${leaderId})`;
export const refOf = (leaderId: string) => `enc(${leaderId})`;

export function by(actorId: string): CommandMetadata {
  return {
    tenantId: 'tenant-acme',
    actorId,
    commandId: `cmd-${actorId}`,
    now: NOW,
    roles: ['leader'],
  };
}

/** Every item of the current instrument answered with `value`, or per component. */
export function answersOf(
  values: number | Partial<Record<'C' | 'R' | 'I' | 'S', number>>,
): TrustAnswer[] {
  return CURRENT_TRUST_INSTRUMENT.items.map(({ id, component }) => ({
    item: id,
    value: typeof values === 'number' ? values : (values[component] ?? 4),
  }));
}

const about = {
  assessmentId: ASSESSMENT,
  subjectId: subject,
  subjectDivId: 'finance',
  instrumentVersion: 1,
};

export const selfAssessed = (answers = answersOf(5)): TrustSelfAssessmentSubmitted => ({
  type: 'TrustSelfAssessmentSubmitted',
  data: { ...about, answers, scores: componentScores(CURRENT_TRUST_INSTRUMENT, answers) },
});

export const ratingsRequested = (invited = raters): PeerTrustRatingsRequested => ({
  type: 'PeerTrustRatingsRequested',
  data: {
    ...about,
    raters: invited
      .map((id) => ({ raterIndex: indexOf(id), raterRef: refOf(id) }))
      .sort((a, b) => a.raterIndex.localeCompare(b.raterIndex)),
  },
});

export const rated = (rater: string, answers = answersOf(4)): PeerTrustRatingSubmitted => ({
  type: 'PeerTrustRatingSubmitted',
  data: {
    ...about,
    raterIndex: indexOf(rater),
    raterRef: refOf(rater),
    answers,
    scores: componentScores(CURRENT_TRUST_INSTRUMENT, answers),
  },
});
