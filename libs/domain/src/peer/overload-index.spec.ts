import { overloadIndex, robustZScore } from './overload-index';

// Every expected value below is worked out by hand in the comment above it.

describe('the peer overload index (domain README §5.3)', () => {
  describe('when one leader carries far more than the others', () => {
    // median 2; |L − 2| = 2 1 0 0 1 2 10, median 1 = MAD; z = 10 / 1.4826 = 6.7449
    // mean L = 24/7; L/(4·mean) = 12 / (96/7) = 0.875; O/K = 2/5 = 0.4
    const loads = [0, 1, 2, 2, 3, 4, 12];
    const oi = overloadIndex(loads, { load: 12, open: 2, capacity: 5 });

    it('is driven by the robust z-score', () => {
      expect(oi.terms.zScore).toBeCloseTo(6.7449 / 3, 4);
      expect(oi.terms.capacity).toBeCloseTo(0.4, 10);
      expect(oi.terms.meanLoad).toBeCloseTo(0.875, 10);
      expect(oi.value).toBeCloseTo(2.2483, 4);
    });
  });

  describe('when most leaders carry the same load (MAD = 0)', () => {
    // median 2; |L − 2| = 0 0 0 0 8, so MAD = 0; mean absolute deviation 8/5 = 1.6
    // z = 8 / (1.253314 · 1.6) = 3.9894; mean L = 3.6, L/(4·mean) = 10/14.4 = 0.6944
    const loads = [2, 2, 2, 2, 10];

    it('falls back to the mean absolute deviation', () => {
      expect(robustZScore(loads, 10)).toBeCloseTo(3.9894, 4);
    });

    it('reports the fallback z-score as its term', () => {
      const oi = overloadIndex(loads, { load: 10, open: 1, capacity: 5 });
      expect(oi.terms.zScore).toBeCloseTo(1.3298, 4);
      expect(oi.terms.meanLoad).toBeCloseTo(0.6944, 4);
      expect(oi.value).toBeCloseTo(1.3298, 4);
    });

    it('puts a leader with the common load at z = 0', () => {
      expect(robustZScore(loads, 2)).toBe(0);
    });
  });

  describe('when the recipient has more open requests than declared capacity', () => {
    // median 2, MAD 1, z = 0; mean 2, L/(4·mean) = 0.25; O/K = 6/4 = 1.5
    const oi = overloadIndex([1, 2, 3], { load: 2, open: 6, capacity: 4 });

    it('is driven by the open requests', () => {
      expect(oi.terms).toEqual({ zScore: 0, capacity: 1.5, meanLoad: 0.25 });
      expect(oi.value).toBe(1.5);
    });
  });

  describe('with an even number of leaders', () => {
    // median (3+5)/2 = 4; |L − 4| = 3 1 1 3, MAD (1+3)/2 = 2; z = 3/2.9652 = 1.0117
    // mean 4, L/(4·mean) = 7/16 = 0.4375
    const oi = overloadIndex([1, 3, 5, 7], { load: 7, open: 0, capacity: 5 });

    it('takes the median between the two middle loads', () => {
      expect(oi.terms.zScore).toBeCloseTo(1.0117 / 3, 4);
      expect(oi.value).toBeCloseTo(0.4375, 10);
    });
  });

  describe('with a single leader in the tenant', () => {
    // no spread: z = 0; mean 4, L/(4·mean) = 0.25; O/K = 1/5 = 0.2
    const oi = overloadIndex([4], { load: 4, open: 1, capacity: 5 });

    it('cannot stand out, and counts a quarter of its own mean', () => {
      expect(oi.terms).toEqual({ zScore: 0, capacity: 0.2, meanLoad: 0.25 });
      expect(oi.value).toBe(0.25);
    });
  });

  describe('when nobody has been asked for anything yet', () => {
    it('is 0', () => {
      expect(overloadIndex([0, 0, 0], { load: 0, open: 0, capacity: 5 })).toEqual({
        value: 0,
        terms: { zScore: 0, capacity: 0, meanLoad: 0 },
      });
    });

    it('still counts the open requests against capacity', () => {
      expect(overloadIndex([0, 0, 0], { load: 0, open: 5, capacity: 5 }).value).toBe(1);
    });

    it('is 0 for an empty tenant too', () => {
      expect(overloadIndex([], { load: 0, open: 0, capacity: 5 }).value).toBe(0);
    });
  });

  describe('when a lightly loaded leader is asked', () => {
    // median 4, |L − 4| = 4 0 0 4, MAD 2, z = (0 − 4)/2.9652 < 0: the max keeps OI ≥ 0
    const oi = overloadIndex([0, 4, 4, 8], { load: 0, open: 0, capacity: 5 });

    it('never goes below 0', () => {
      expect(oi.terms.zScore).toBeLessThan(0);
      expect(oi.value).toBe(0);
    });
  });
});
