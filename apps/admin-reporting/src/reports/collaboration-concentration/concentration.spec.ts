import { giniOf, top5ShareOf } from './concentration';

describe('collaboration concentration', () => {
  describe('when everyone carries the same load', () => {
    it('has a Gini of 0', () => expect(giniOf([3, 3, 3, 3])).toBe(0));
  });

  describe('when one of four carries everything', () => {
    it('has a Gini of (n-1)/n', () => expect(giniOf([0, 0, 0, 8])).toBeCloseTo(0.75, 10));
  });

  describe('when nobody carries anything', () => {
    it('has no Gini and no top-5 % share', () => {
      expect(giniOf([0, 0])).toBeNull();
      expect(top5ShareOf([])).toBeNull();
    });
  });

  describe('with 40 people', () => {
    it('counts the top two as the top 5 %', () => {
      const loads = [10, 10, ...Array.from({ length: 38 }, () => 1)];
      expect(top5ShareOf(loads)).toBeCloseTo(20 / 58, 10);
    });
  });

  describe('with fewer than 20 people', () => {
    it('counts the single busiest person', () => expect(top5ShareOf([1, 2, 7])).toBe(0.7));
  });
});
