import { deciderSpec } from '@lib/testing';
import { answersOf, ASSESSMENT, by, selfAssessed, subject } from '../test/assessment-fixtures';
import type { SubmitTrustSelfAssessment } from './trust-assessment.commands';
import { trustAssessmentDecider } from './trust-assessment.decider';

const spec = deciderSpec(trustAssessmentDecider);

function submit(
  overrides: Partial<SubmitTrustSelfAssessment['data']> = {},
): SubmitTrustSelfAssessment {
  return {
    type: 'SubmitTrustSelfAssessment',
    data: {
      assessmentId: ASSESSMENT,
      instrumentVersion: 1,
      answers: answersOf(5),
      facts: { subject: { divisionId: 'finance', active: true } },
      ...overrides,
    },
    metadata: by(subject),
  };
}

describe('SubmitTrustSelfAssessment', () => {
  it("records the subject's answers, their division and the component scores", () => {
    spec.given([]).when(submit()).then([selfAssessed()]);
  });

  describe('when an item is left unanswered', () => {
    it('is refused, naming the missing item', () => {
      const answers = answersOf(5).filter(({ item }) => item !== 'r2');
      spec
        .given([])
        .when(submit({ answers }))
        .thenFails({ apiCode: 'RULE_VIOLATED', code: 'ITEMS_UNANSWERED', field: 'answers' });
    });
  });

  describe.each([
    ['an item answered twice', [...answersOf(5), { item: 'c1', value: 3 }], 'ITEM_ANSWERED_TWICE'],
    ['an item not in the instrument', [...answersOf(5), { item: 'x9', value: 3 }], 'UNKNOWN_ITEM'],
    [
      'an answer off the 1..7 scale',
      [{ item: 'c1', value: 8 }, ...answersOf(5).slice(1)],
      'ANSWER_OFF_SCALE',
    ],
    ['an answer of 0', [{ item: 'c1', value: 0 }, ...answersOf(5).slice(1)], 'ANSWER_OFF_SCALE'],
  ])('when the answers contain %s', (_, answers, code) => {
    it('is refused', () => {
      spec.given([]).when(submit({ answers })).thenFails({ code, field: 'answers' });
    });
  });

  describe('when the instrument version does not exist', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(submit({ instrumentVersion: 99 }))
        .thenFails({ code: 'UNKNOWN_INSTRUMENT_VERSION', field: 'instrumentVersion' });
    });
  });

  describe('when the subject is not a known leader', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(submit({ facts: {} }))
        .thenFails({ apiCode: 'NOT_FOUND', code: 'LEADER_UNKNOWN' });
    });
  });

  describe('when the subject is inactive', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(submit({ facts: { subject: { divisionId: 'finance', active: false } } }))
        .thenFails({ code: 'LEADER_INACTIVE' });
    });
  });

  describe('when the assessment was already submitted', () => {
    it('conflicts', () => {
      spec
        .given([selfAssessed()])
        .when(submit())
        .thenFails({ apiCode: 'CONFLICT', code: 'ALREADY_SELF_ASSESSED' });
    });
  });
});
