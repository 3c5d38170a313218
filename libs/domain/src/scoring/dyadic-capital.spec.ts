import { dyadicCapital } from './dyadic-capital';
import { DEFAULT_SCORING_RULES as rules } from './scoring-rules';
import { tieNetworkAt } from './tie-network';

const T = Date.UTC(2025, 5, 1);

// Read at the instant of the acts, so W = units: ana→ben 2, ben→ana 1, ana→cho 1.
const network = tieNetworkAt(
  [
    { from: 'ana', to: 'ben', tie: { weight: 2, firstAt: T, lastAt: T, count: 1 } },
    { from: 'ben', to: 'ana', tie: { weight: 1, firstAt: T, lastAt: T, count: 1 } },
    { from: 'ana', to: 'cho', tie: { weight: 1, firstAt: T, lastAt: T, count: 1 } },
  ],
  T,
  rules,
);

describe('dyadic capital of an owner with a division (domain README §5.2)', () => {
  describe('given ana, who has given Operations more than she received, and knows its key contact', () => {
    // give 2, recv 1: S = 1 − e^{−3/3} = 0.632121; ρ = 2/3 → min(1, (2/3)/0.5) = 1; k = 1
    // DSC = 0.5·0.632121 + 0.3·1 + 0.2·1 = 0.816060
    const result = dyadicCapital(
      {
        ownerId: 'ana',
        divisionId: 'operations',
        memberIds: ['ben', 'eve'],
        contactIds: ['ben'],
        network,
      },
      rules,
    );

    it('then her capital there is high and in credit', () => {
      expect(result).toMatchObject({
        give: 2,
        recv: 1,
        balance: 2 / 3,
        hasContact: true,
        netCredit: 1,
        overdrawn: false,
        ruleVersion: 1,
      });
      expect(result.strength).toBeCloseTo(1 - Math.exp(-1), 12);
      expect(result.value).toBeCloseTo(0.5 * (1 - Math.exp(-1)) + 0.5, 12);
    });
  });

  describe('given cho, who has only received from Finance', () => {
    // give 0, recv 1: S = 1 − e^{−1/3} = 0.283469; ρ = 0 → 0; active tie with ana (1 > ε) → k = 1
    // DSC = 0.5·0.283469 + 0 + 0.2 = 0.341734
    const result = dyadicCapital(
      { ownerId: 'cho', divisionId: 'finance', memberIds: ['ana'], contactIds: ['ana'], network },
      rules,
    );

    it('then he is overdrawn with Finance', () => {
      expect(result).toMatchObject({
        give: 0,
        recv: 1,
        balance: 0,
        netCredit: -1,
        overdrawn: true,
      });
      expect(result.value).toBeCloseTo(0.5 * (1 - Math.exp(-1 / 3)) + 0.2, 12);
    });
  });

  describe('given an owner who never dealt with the division', () => {
    it('then DSC = 0 and the balance term is absent, not 0/0', () => {
      const result = dyadicCapital(
        { ownerId: 'dan', divisionId: 'finance', memberIds: ['ana'], contactIds: ['ana'], network },
        rules,
      );
      expect(result).toMatchObject({
        value: 0,
        balance: null,
        hasContact: false,
        overdrawn: false,
      });
    });
  });

  describe('given ana helped a division member who is not its key contact or head', () => {
    it('then the help counts but earns no contact term', () => {
      const result = dyadicCapital(
        {
          ownerId: 'ana',
          divisionId: 'sales',
          memberIds: ['cho'],
          contactIds: ['sam'],
          network,
        },
        rules,
      );
      expect(result).toMatchObject({ give: 1, recv: 0, balance: 1, hasContact: false });
      expect(result.value).toBeCloseTo(0.5 * (1 - Math.exp(-1 / 3)) + 0.3, 12);
    });
  });
});
