import { CURRENT_TRUST_INSTRUMENT } from './trust-instrument';
import { componentScores, explainTrust, maisterTrust, meanScores } from './trust-score';

const byComponent = (C: number, R: number, I: number, S: number) => ({ C, R, I, S });

describe("Maister's trust equation", () => {
  it('is (C + R + I) / S', () => {
    expect(maisterTrust(byComponent(6, 5, 4, 2))).toBe(7.5);
  });

  it("scores each component as its items' mean", () => {
    const answers = CURRENT_TRUST_INSTRUMENT.items.map(({ id }, i) => ({
      item: id,
      value: (i % 3) + 1,
    }));
    expect(componentScores(CURRENT_TRUST_INSTRUMENT, answers)).toEqual(byComponent(2, 2, 2, 2));
  });

  describe('normalised on 0..100', () => {
    it.each([
      ['neutral answers everywhere', byComponent(4, 4, 4, 4), 50],
      ['the lowest the scale allows', byComponent(1, 1, 1, 7), 0],
      ['the highest the scale allows', byComponent(7, 7, 7, 1), 100],
    ])('puts %s at %d', (_, scores, expected) => {
      expect(explainTrust(scores, CURRENT_TRUST_INSTRUMENT).normalised).toBeCloseTo(expected, 10);
    });

    it('rises with credibility and falls with self-orientation', () => {
      const base = explainTrust(byComponent(4, 4, 4, 4), CURRENT_TRUST_INSTRUMENT).normalised;
      expect(
        explainTrust(byComponent(6, 4, 4, 4), CURRENT_TRUST_INSTRUMENT).normalised,
      ).toBeGreaterThan(base);
      expect(
        explainTrust(byComponent(4, 4, 4, 6), CURRENT_TRUST_INSTRUMENT).normalised,
      ).toBeLessThan(base);
    });
  });

  it('explains each component by what it adds against a neutral answer', () => {
    const scores = byComponent(6, 4, 4, 2);
    const explained = explainTrust(scores, CURRENT_TRUST_INSTRUMENT);
    const logScale = (t: number) => (100 * Math.log(t / (3 / 7))) / Math.log(21 / (3 / 7));
    expect(explained.trust).toBe(7);
    expect(explained.components).toEqual([
      {
        component: 'C',
        score: 6,
        normalised: expect.closeTo(83.33, 2),
        effect: expect.closeTo(logScale(7) - logScale(6), 10),
      },
      { component: 'R', score: 4, normalised: 50, effect: 0 },
      { component: 'I', score: 4, normalised: 50, effect: 0 },
      {
        component: 'S',
        score: 2,
        normalised: expect.closeTo(16.67, 2),
        effect: expect.closeTo(logScale(7) - logScale(3.5), 10),
      },
    ]);
  });

  it("averages raters' scores component by component", () => {
    expect(meanScores([byComponent(6, 4, 2, 1), byComponent(4, 6, 4, 3)])).toEqual(
      byComponent(5, 5, 3, 2),
    );
  });
});
