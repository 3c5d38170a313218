import { Type } from '@sinclair/typebox';
import { Topics } from '../topics';
import { defineEvent } from './define-event';
import { eventData, id, integer } from './fields';

// Events of the assessment context: the Trusted Leader assessment after Maister's trust equation.
// A rater is never named: each carries only a keyed index and an encrypted reference.

const topic = Topics.assessment;
const aggregate = 'TrustAssessment';

const subject = {
  assessmentId: id('The assessment (the TrustAssessment aggregate id).'),
  subjectId: id('The leader assessed, who took the self-assessment.'),
  subjectDivId: id("The subject's division at the moment of the event."),
  instrumentVersion: integer('The version of the instrument the answers belong to.', {
    minimum: 1,
  }),
};

const answers = Type.Array(
  eventData({
    item: Type.String({
      pattern: '^[a-z][a-z0-9]{0,15}$',
      description: 'An item of the instrument.',
    }),
    value: integer('The answer on the 1..7 agreement scale.', { minimum: 1, maximum: 7 }),
  }),
  { minItems: 1, maxItems: 100, description: 'One answer per item of the instrument.' },
);

const component = (name: string) =>
  Type.Number({ minimum: 1, maximum: 7, description: `${name}: the mean of its items.` });

const scores = eventData({
  C: component('Credibility'),
  R: component('Reliability'),
  I: component('Intimacy'),
  S: component('Self-orientation'),
});

const raterIndex = Type.String({
  pattern: '^[A-Za-z0-9_-]{43}$',
  description:
    "HMAC-SHA-256 of the assessment and the rater under the tenant's index key (base64url): equal " +
    'for the same rater within one assessment, so a second rating is refused, and unlinkable to ' +
    'a leader, or across assessments, without that key.',
});

const raterRef = Type.String({
  pattern: '^v1\\.[A-Za-z0-9_-]{1,400}$',
  description:
    "The rater's id sealed with AES-256-GCM under the tenant's rater key, bound to the assessment; " +
    'readable by the assessment service alone, and erased with that key.',
});

export const TrustSelfAssessmentSubmitted = defineEvent({
  type: 'TrustSelfAssessmentSubmitted',
  schemaVersion: 1,
  topic,
  aggregate,
  description: 'A leader answered the instrument about themself, starting an assessment.',
  data: eventData({ ...subject, answers, scores }),
});

export const PeerTrustRatingsRequested = defineEvent({
  type: 'PeerTrustRatingsRequested',
  schemaVersion: 1,
  topic,
  aggregate,
  description: 'The subject invited 3 to 12 peers to rate them; the raters appear only sealed.',
  data: eventData({
    ...subject,
    raters: Type.Array(eventData({ raterIndex, raterRef }), {
      minItems: 3,
      maxItems: 12,
      description: 'The invited raters, ordered by index (not as the subject named them).',
    }),
  }),
});

export const PeerTrustRatingSubmitted = defineEvent({
  type: 'PeerTrustRatingSubmitted',
  schemaVersion: 1,
  topic,
  aggregate,
  description: 'An invited peer rated the subject; who rated is sealed, never in clear.',
  data: eventData({ ...subject, raterIndex, raterRef, answers, scores }),
});

export const TrustAssessmentRoundClosed = defineEvent({
  type: 'TrustAssessmentRoundClosed',
  schemaVersion: 1,
  topic,
  aggregate,
  description: 'The subject closed the round: no more ratings are taken.',
  data: eventData({
    ...subject,
    ratingCount: integer('How many ratings the round received.', { minimum: 0, maximum: 12 }),
  }),
});

export const assessmentEvents = [
  TrustSelfAssessmentSubmitted,
  PeerTrustRatingsRequested,
  PeerTrustRatingSubmitted,
  TrustAssessmentRoundClosed,
] as const;
