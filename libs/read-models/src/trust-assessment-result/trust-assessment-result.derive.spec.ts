import { CURRENT_TRUST_INSTRUMENT, componentScores, type TrustAnswer } from '@lib/domain';
import {
  deriveTrustAssessmentResult,
  releasedRatingCount,
  type TrustAssessmentInputs,
} from './trust-assessment-result.derive';

const answersOf = (values: Record<'C' | 'R' | 'I' | 'S', number>): TrustAnswer[] =>
  CURRENT_TRUST_INSTRUMENT.items.map(({ id, component }) => ({
    item: id,
    value: values[component],
  }));
const answered = (values: Record<'C' | 'R' | 'I' | 'S', number>) => {
  const answers = answersOf(values);
  return { answers, scores: componentScores(CURRENT_TRUST_INSTRUMENT, answers) };
};

function inputs(ratings: TrustAssessmentInputs['ratings']): TrustAssessmentInputs {
  return {
    tenantId: 't',
    assessmentId: 'a',
    subjectId: 'ana',
    subjectDivId: 'finance',
    instrumentVersion: 1,
    selfAssessedAt: '2026-03-01T00:00:00.000Z',
    self: answered({ C: 6, R: 6, I: 6, S: 2 }),
    invitedCount: 8,
    closed: false,
    ratings,
  };
}

describe('a subject’s trust assessment result', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 5],
    [9, 5],
    [10, 10],
    [12, 10],
  ])('with %i ratings shows the first %i', (received, shown) => {
    expect(releasedRatingCount(received)).toBe(shown);
  });

  describe('with 4 ratings', () => {
    const result = deriveTrustAssessmentResult(
      inputs(Array.from({ length: 4 }, () => answered({ C: 4, R: 4, I: 4, S: 4 }))),
    );

    it('withholds the peer result and says 4 are pending', () => {
      expect(result.peers).toBeUndefined();
      expect(result).toMatchObject({ pendingCount: 4, round: 'open' });
    });
  });

  describe('with 5 ratings', () => {
    const result = deriveTrustAssessmentResult(
      inputs([
        answered({ C: 5, R: 4, I: 3, S: 2 }),
        answered({ C: 5, R: 4, I: 3, S: 2 }),
        answered({ C: 5, R: 4, I: 3, S: 4 }),
        answered({ C: 5, R: 4, I: 3, S: 4 }),
        answered({ C: 5, R: 4, I: 3, S: 3 }),
      ]),
    );

    it("shows Maister's (C + R + I) / S over the peers' means", () => {
      // C 5, R 4, I 3, S (2+2+4+4+3)/5 = 3: trust (5+4+3)/3 = 4.
      expect(result.peers?.trust.trust).toBeCloseTo(4, 10);
      expect(result.peers?.ratingCount).toBe(5);
      expect(result.pendingCount).toBe(0);
    });

    it('gives the gap between peers and self per component', () => {
      expect(result.peers?.gaps).toEqual({ C: -1, R: -2, I: -3, S: 1 });
    });

    it('names the items with the widest gap first', () => {
      expect(result.peers?.widestGapItems.map(({ item }) => item)).toEqual(['i1', 'i2', 'i3']);
      expect(result.peers?.widestGapItems[0]).toMatchObject({ self: 6, peers: 3, gap: -3 });
    });
  });
});
