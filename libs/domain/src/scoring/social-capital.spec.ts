import { burtConstraint } from './burt-constraint';
import { DEFAULT_SCORING_RULES as rules } from './scoring-rules';
import {
  brokerage,
  organisationReliability,
  reliability,
  socialCapital,
  type SocialCapitalInput,
} from './social-capital';
import { type LedgerTie, type TieNetwork, tieNetworkAt } from './tie-network';

const T = Date.UTC(2025, 5, 1);

/** A network read at the instant of its acts, so every W is the units given (no decay). */
function networkOf(...ties: [string, string, number][]): TieNetwork {
  const ledger: LedgerTie[] = ties.map(([from, to, weight]) => ({
    from,
    to,
    tie: { weight, firstAt: T, lastAt: T, count: 1 },
  }));
  return tieNetworkAt(ledger, T, rules);
}

describe("Burt's constraint on three leaders", () => {
  describe('given ana between ben (a = 3) and cho (a = 1), who do not know each other', () => {
    // p_ab = 3/4, p_ac = 1/4; ben and cho share no tie, so no indirect term
    // C_ana = (3/4)² + (1/4)² = 9/16 + 1/16 = 0.625 → brokerage 1 − 0.625 = 0.375
    // C_ben = (p_ba = 1)² = 1 → brokerage 0
    const star = networkOf(['ana', 'ben', 2], ['ben', 'ana', 1], ['ana', 'cho', 1]);

    it('then ana spans a structural hole', () => {
      expect(burtConstraint(star, 'ana')).toBeCloseTo(0.625, 12);
      expect(brokerage(star, 'ana')).toBeCloseTo(0.375, 12);
    });

    it('then ben, with a single contact, is fully constrained', () => {
      expect(burtConstraint(star, 'ben')).toBeCloseTo(1, 12);
      expect(brokerage(star, 'ben')).toBe(0);
    });
  });

  describe('given a closed triangle (a_ab = 2, a_ac = 1, a_bc = 1)', () => {
    // p_ab = 2/3, p_ac = 1/3; p_ba = 2/3, p_bc = 1/3; p_ca = p_cb = 1/2
    // c_ab = (p_ab + p_ac·p_cb)² = (2/3 + 1/6)² = 25/36
    // c_ac = (p_ac + p_ab·p_bc)² = (1/3 + 2/9)² = 25/81
    // C_ana = 25/36 + 25/81 = 325/324 > 1 → brokerage 0
    const triangle = networkOf(['ana', 'ben', 2], ['ana', 'cho', 1], ['cho', 'ben', 1]);

    it('then the indirect tie through each contact adds to the constraint', () => {
      expect(burtConstraint(triangle, 'ana')).toBeCloseTo(325 / 324, 12);
      expect(brokerage(triangle, 'ana')).toBe(0);
    });
  });

  describe('given a leader with no ties', () => {
    it('then there is no constraint and no brokerage', () => {
      const network = networkOf(['ana', 'ben', 1]);
      expect(burtConstraint(network, 'eve')).toBeUndefined();
      expect(brokerage(network, 'eve')).toBe(0);
    });
  });
});

describe('leader social capital (domain README §5.2)', () => {
  // ana (Finance) helped ben (Operations) 2 and cho (Sales) 1; ben helped ana 1. K = 3 divisions.
  // GIVE: ana 3, ben 1, cho 0. RECV: ana 1, ben 2, cho 1.
  const network = networkOf(['ana', 'ben', 2], ['ben', 'ana', 1], ['ana', 'cho', 1]);
  const base: Omit<SocialCapitalInput, 'leaderId' | 'reliability'> = {
    network,
    divisionOf: new Map([
      ['ana', 'finance'],
      ['ben', 'operations'],
      ['cho', 'sales'],
    ]),
    activeLeaderIds: ['ana', 'ben', 'cho'],
    divisionCount: 3,
    organisationReliability: 0.5,
  };

  describe('given ana, who gives most and reaches both other divisions', () => {
    // C1: GIVE 3 above ben 1 and cho 0 → 2/2 = 1                  → 100·0.20·1     = 20
    // C2: B = 3/4 = 0.75 ≥ 0.6 → 1                                  → 100·0.10·1     = 10
    // C3: active ties ben (a 3), cho (a 1); succ {ben, cho}, pred {ben} → 2·1/3 → 100·0.15·2/3 = 10
    // C4: Operations (3 > ε) and Sales (1 > ε) of min(3−1, 8) = 2 → 1 → 100·0.20·1 = 20
    // C5: C = 0.625 (the open triad above) → 0.375                  → 100·0.15·0.375 = 5.625
    // C6: 3 of 4 kept, m = 0.5, α = 5: (3 + 2.5)/(4 + 5) = 11/18   → 100·0.20·11/18 = 12.2222…
    // SC = 20 + 10 + 10 + 20 + 5.625 + 12.2222… = 77.8472…
    const result = socialCapital(
      { ...base, leaderId: 'ana', reliability: { due: 4, kept: 3 } },
      rules,
    );

    it('then each component is in [0, 1] with its weight and its points', () => {
      expect(result.components.giving).toEqual({ value: 1, weight: 0.2, contribution: 20 });
      expect(result.components.giverBalance.value).toBe(1);
      expect(result.components.mutuality.value).toBeCloseTo(2 / 3, 12);
      expect(result.components.mutuality.contribution).toBeCloseTo(10, 12);
      expect(result.components.crossDivisionBreadth.value).toBe(1);
      expect(result.components.brokerage.contribution).toBeCloseTo(5.625, 12);
      expect(result.components.reliability.value).toBeCloseTo(11 / 18, 12);
    });

    it('then SC is the sum of the contributions', () => {
      expect(result.score).toBeCloseTo(77 + 0.625 + 2 / 9, 10);
      expect(result).toMatchObject({ leaderId: 'ana', ruleVersion: 1 });
    });
  });

  describe('given ben, who receives more than he gives, from one peer', () => {
    // C1: GIVE 1, above cho (0), below ana (3) → 1/2 = 0.5          → 10
    // C2: B = 1/3 → (1/3)/0.6 = 5/9                                 → 5.5556
    // C3: the one active tie goes both ways → 1                     → 15
    // C4: Finance only → 1/2                                        → 10
    // C5: a single contact → C = 1 → 0                              → 0
    // C6: nothing due → the organisation's 0.5                      → 10
    // SC = 50.5556
    const result = socialCapital(
      { ...base, leaderId: 'ben', reliability: { due: 0, kept: 0 } },
      rules,
    );

    it('then his capital reflects balance, mutuality and the prior', () => {
      expect(result.components.giving.value).toBe(0.5);
      expect(result.components.giverBalance.value).toBeCloseTo(5 / 9, 12);
      expect(result.components.mutuality.value).toBe(1);
      expect(result.components.crossDivisionBreadth.value).toBe(0.5);
      expect(result.components.brokerage.value).toBe(0);
      expect(result.components.reliability.value).toBe(0.5);
      expect(result.score).toBeCloseTo(50 + 5 / 9, 10);
    });
  });

  describe('given cho, who has only received', () => {
    const result = socialCapital(
      { ...base, leaderId: 'cho', reliability: { due: 0, kept: 0 } },
      rules,
    );

    it('then giving, balance and mutuality earn nothing', () => {
      expect(result.components.giving.value).toBe(0);
      expect(result.components.giverBalance.value).toBe(0);
      expect(result.components.mutuality.value).toBe(0);
    });
  });

  describe('given a tie too weak to be active (a = 0.1 ≤ ε)', () => {
    it('then it counts neither for mutuality nor for breadth', () => {
      const weak = networkOf(['dan', 'eve', 0.05], ['eve', 'dan', 0.05]);
      const result = socialCapital(
        {
          ...base,
          network: weak,
          leaderId: 'dan',
          divisionOf: new Map([
            ['dan', 'finance'],
            ['eve', 'sales'],
          ]),
          reliability: { due: 0, kept: 0 },
        },
        rules,
      );
      expect(result.components.mutuality.value).toBe(0);
      expect(result.components.crossDivisionBreadth.value).toBe(0);
    });
  });

  describe('reliability (α = 5)', () => {
    it('given 10 of 10 kept where the organisation keeps 60%, then (10 + 3)/15', () => {
      expect(reliability({ due: 10, kept: 10 }, 0.6, rules)).toBeCloseTo(13 / 15, 12);
    });

    it('given every record, then the organisation rate is pooled: (3 + 2)/(4 + 6) = 0.5', () => {
      const records = [
        { due: 4, kept: 3 },
        { due: 0, kept: 0 },
        { due: 6, kept: 2 },
      ];
      expect(organisationReliability(records)).toBe(0.5);
    });

    it('given nothing has fallen due anywhere, then the organisation rate is 0', () => {
      expect(organisationReliability([{ due: 0, kept: 0 }])).toBe(0);
    });
  });
});
