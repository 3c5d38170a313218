import { deciderSpec } from '@lib/testing';
import {
  answersOf,
  ASSESSMENT,
  by,
  indexOf,
  rated,
  raters,
  ratingsRequested,
  refOf,
  selfAssessed,
  subject,
} from '../test/assessment-fixtures';
import type { SubmitPeerTrustRating } from './trust-assessment.commands';
import { trustAssessmentDecider } from './trust-assessment.decider';
import type { TrustAssessmentRoundClosed } from './trust-assessment.events';

const spec = deciderSpec(trustAssessmentDecider);

function rate(rater: string, answers = answersOf(4)): SubmitPeerTrustRating {
  return {
    type: 'SubmitPeerTrustRating',
    data: {
      assessmentId: ASSESSMENT,
      answers,
      facts: { raterIndex: indexOf(rater), raterRef: refOf(rater) },
    },
    metadata: by(rater),
  };
}

const closed: TrustAssessmentRoundClosed = {
  type: 'TrustAssessmentRoundClosed',
  data: {
    assessmentId: ASSESSMENT,
    subjectId: subject,
    subjectDivId: 'finance',
    instrumentVersion: 1,
    ratingCount: 1,
  },
};

describe('SubmitPeerTrustRating', () => {
  const open = [selfAssessed(), ratingsRequested()];

  it("records an invited rater's answers and scores under their pseudonym", () => {
    const answers = answersOf({ C: 6, R: 5, I: 3, S: 2 });
    spec
      .given(open)
      .when(rate(raters[0], answers))
      .then([rated(raters[0], answers)]);
  });

  it('names the rater nowhere in the event but through the pseudonym', () => {
    const [event] = spec.given(open).when(rate(raters[0])).thenEvents();
    expect(JSON.stringify(event)).not.toContain(`"${raters[0]}"`);
  });

  describe('when the rater was not invited', () => {
    it('is forbidden', () => {
      spec
        .given(open)
        .when(rate('leader-zoe'))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_INVITED' });
    });
  });

  describe('when the invited rater rates a second time', () => {
    it('conflicts', () => {
      spec
        .given([...open, rated(raters[0])])
        .when(rate(raters[0], answersOf(7)))
        .thenFails({ apiCode: 'CONFLICT', code: 'ALREADY_RATED' });
    });
  });

  describe('when the subject rates themself', () => {
    it('is forbidden', () => {
      spec.given(open).when(rate(subject)).thenFails({ apiCode: 'FORBIDDEN', code: 'SELF_RATING' });
    });
  });

  describe('when the round is closed', () => {
    it('is refused', () => {
      spec
        .given([...open, rated(raters[0]), closed])
        .when(rate(raters[1]))
        .thenFails({ apiCode: 'RULE_VIOLATED', code: 'ROUND_CLOSED' });
    });
  });

  describe('when no ratings were requested yet', () => {
    it('is forbidden', () => {
      spec.given([selfAssessed()]).when(rate(raters[0])).thenFails({ code: 'NOT_INVITED' });
    });
  });

  describe('when the assessment does not exist', () => {
    it('is not found', () => {
      spec.given([]).when(rate(raters[0])).thenFails({ apiCode: 'NOT_FOUND' });
    });
  });

  describe('when an item is left unanswered', () => {
    it('is refused', () => {
      spec
        .given(open)
        .when(rate(raters[0], answersOf(4).slice(1)))
        .thenFails({ code: 'ITEMS_UNANSWERED', field: 'answers' });
    });
  });
});
