import { deciderSpec } from '@lib/testing';
import {
  ASSESSMENT,
  by,
  rated,
  raters,
  ratingsRequested,
  selfAssessed,
  subject,
} from '../test/assessment-fixtures';
import type { CloseTrustAssessmentRound } from './trust-assessment.commands';
import { trustAssessmentDecider } from './trust-assessment.decider';
import type { TrustAssessmentEvent } from './trust-assessment.events';

const spec = deciderSpec(trustAssessmentDecider);

const close = (actor = subject): CloseTrustAssessmentRound => ({
  type: 'CloseTrustAssessmentRound',
  data: { assessmentId: ASSESSMENT },
  metadata: by(actor),
});

describe('CloseTrustAssessmentRound', () => {
  const open = [selfAssessed(), ratingsRequested(), rated(raters[0]), rated(raters[1])];

  it('closes the round with the number of ratings it received', () => {
    spec
      .given(open)
      .when(close())
      .then([
        {
          type: 'TrustAssessmentRoundClosed',
          data: {
            assessmentId: ASSESSMENT,
            subjectId: subject,
            subjectDivId: 'finance',
            instrumentVersion: 1,
            ratingCount: 2,
          },
        },
      ]);
  });

  describe('when a rater closes it', () => {
    it('is forbidden', () => {
      spec
        .given(open)
        .when(close(raters[0]))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_SUBJECT' });
    });
  });

  describe('when no ratings were requested', () => {
    it('is refused', () => {
      spec.given([selfAssessed()]).when(close()).thenFails({ code: 'NO_ROUND_OPEN' });
    });
  });

  describe('when it is closed already', () => {
    it('conflicts', () => {
      const closed = spec.given(open).when(close()).thenEvents() as TrustAssessmentEvent[];
      spec
        .given([...open, ...closed])
        .when(close())
        .thenFails({ apiCode: 'CONFLICT', code: 'ROUND_ALREADY_CLOSED' });
    });
  });
});

describe('trustAssessmentDecider.evolve', () => {
  it('ignores an event it does not know', () => {
    const state = trustAssessmentDecider.initialState();
    const unknown = { type: 'SomethingElse', data: {} } as unknown as TrustAssessmentEvent;
    expect(trustAssessmentDecider.evolve(state, unknown)).toBe(state);
  });

  it('ignores a rating that arrives before the round opened', () => {
    const state = trustAssessmentDecider.evolve(
      trustAssessmentDecider.evolve(trustAssessmentDecider.initialState(), selfAssessed()),
      rated(raters[0]),
    );
    expect(state).toMatchObject({ status: 'self_assessed' });
  });
});
