import type { assessmentEvents } from './assessment.events';
import type { ExamplesOf } from './define-event';

// One realistic value per assessment event: shown in the AsyncAPI document, and checked against
// its schema. The indexes and references are of the shape the service writes, not real ones.
const subject = {
  assessmentId: 'trust-ana-2026',
  subjectId: 'leader-ana',
  subjectDivId: 'div-finance',
  instrumentVersion: 1,
};
const answers = ['c1', 'c2', 'c3', 'r1', 'r2', 'r3', 'i1', 'i2', 'i3', 's1', 's2', 's3'].map(
  (item) => ({ item, value: item.startsWith('s') ? 2 : 5 }),
);
const scores = { C: 5, R: 5, I: 5, S: 2 };
const rater = (n: number) => ({
  raterIndex: `${'Q'.repeat(42)}${n}`,
  raterRef: `v1.c2VhbGVk${'A'.repeat(40)}${n}`,
});

export const assessmentExamples: ExamplesOf<typeof assessmentEvents> = {
  TrustSelfAssessmentSubmitted: { ...subject, answers, scores },
  PeerTrustRatingsRequested: { ...subject, raters: [1, 2, 3, 4, 5].map(rater) },
  PeerTrustRatingSubmitted: { ...subject, ...rater(3), answers, scores },
  TrustAssessmentRoundClosed: { ...subject, ratingCount: 5 },
};
