import { rankBiasedOverlap } from './rank-biased-overlap';

// p = 0.9 throughout, so (1−p)/p = 1/9, p² = 0.81, p³ = 0.729, p⁴ = 0.6561, p⁵ = 0.59049.

describe('rank-biased overlap, extrapolated (Webber et al. 2010, eq. 32)', () => {
  describe('given two divisions that rank the same themes in the same order', () => {
    it('then they agree completely', () => {
      expect(rankBiasedOverlap(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], 0.9)).toBeCloseTo(1, 12);
    });
  });

  describe('given two divisions that share no theme', () => {
    it('then they do not agree at all', () => {
      expect(rankBiasedOverlap(['a', 'b'], ['c', 'd', 'e'], 0.9)).toBe(0);
    });
  });

  describe('given two lists of three that differ below the top', () => {
    // S = a b c, L = a c d: X1 = 1, X2 = |{a,b}∩{a,c}| = 1, X3 = |{a,b,c}∩{a,c,d}| = 2
    // Σ (X_d/d)·p^d = 0.9 + 0.405 + 0.486 = 1.791; 1.791/9 = 0.199
    // tail (X3/3)·p³ = (2/3)·0.729 = 0.486; RBO = 0.199 + 0.486 = 0.685
    it('then the top agreement weighs most', () => {
      expect(rankBiasedOverlap(['a', 'b', 'c'], ['a', 'c', 'd'], 0.9)).toBeCloseTo(0.685, 12);
    });
  });

  describe('given lists of different lengths (s = 2, l = 3)', () => {
    // S = a b, L = b a c: X1 = 0, X2 = 2, X3 = |{a,b}∩{b,a,c}| = 2, so X_s = X_l = 2
    // Σ (X_d/d)·p^d = 0 + 1·0.81 + (2/3)·0.729 = 1.296
    // Σ_{d=3} X_s·(d−s)/(s·d)·p^d = 2·1/6·0.729 = 0.243
    // (1.296 + 0.243)/9 = 0.171; tail [(2−2)/3 + 2/2]·0.729 = 0.729; RBO = 0.9
    it('then the shorter list is extrapolated', () => {
      expect(rankBiasedOverlap(['a', 'b'], ['b', 'a', 'c'], 0.9)).toBeCloseTo(0.9, 12);
    });

    it('then the order of the arguments does not matter', () => {
      expect(rankBiasedOverlap(['b', 'a', 'c'], ['a', 'b'], 0.9)).toBeCloseTo(0.9, 12);
    });
  });

  describe('given a published example (1 2 3 4 5 against 2 3 4 1 5)', () => {
    // X = 0 1 2 4 5: Σ = 0.405 + 0.486 + 0.6561 + 0.59049 = 2.13759, /9 = 0.23751;
    // tail 1·p⁵ = 0.59049; RBO = 0.828 (the value the reference implementations print)
    it('then it matches the reference value', () => {
      expect(
        rankBiasedOverlap(['1', '2', '3', '4', '5'], ['2', '3', '4', '1', '5'], 0.9),
      ).toBeCloseTo(0.828, 12);
    });
  });

  describe('given empty rankings', () => {
    it('then two empty lists are identical', () => {
      expect(rankBiasedOverlap([], [], 0.9)).toBe(1);
    });

    it('then an empty list shares nothing with a ranked one', () => {
      expect(rankBiasedOverlap([], ['a'], 0.9)).toBe(0);
    });
  });
});
