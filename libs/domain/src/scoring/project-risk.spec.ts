import { needRisk, type ProjectRiskInput, projectRisk, riskBand } from './project-risk';
import type { NeedRiskInput, ProjectStatusInput } from './risk-severities';
import { DEFAULT_SCORING_RULES as rules } from './scoring-rules';

// A need that raises no reason at all; each scenario overrides only what it is about.
const quietNeed: NeedRiskInput = {
  needId: 'need-1',
  divisionId: 'operations',
  criticality: 'blocking',
  priority: { project: 0.5, need: 0.5, daysSinceDeclared: 3, cycleLocked: false },
  commitment: { state: 'committed' },
  dyadicCapital: 0.6,
  requestsPastSla: 0,
  keyPeerOverload: null,
  delivery: { slips: 0, overdueDays: 0 },
};
const greenLastWeek: ProjectStatusInput = { rag: 'green', confidence: 8, daysSinceStatus: 7 };

describe('strategic project risk (domain README §5.5)', () => {
  describe('the worked example: one blocking need, declared 3 days ago and still pending', () => {
    // R1: H ranks p 1st (π 1.0), E ranks the need 4th of 11 (π 0.7): s = 0.3/0.5 = 0.6, β·s = 0.21
    // R2: pending 3 days ≤ 7 → 0; R3: DSC 0 → s = 1, β·s = 0.25
    // R5: OI 1.2 → clip(0.5/0.3) = 1, β·s = 0.20; R6: no slips → 0; R7: green, confidence 8 → 0
    const example: ProjectRiskInput = {
      projectId: 'p',
      status: greenLastWeek,
      needs: [
        {
          ...quietNeed,
          priority: { project: 1, need: 0.7, daysSinceDeclared: 3, cycleLocked: false },
          commitment: { state: 'pending', ageDays: 3 },
          dyadicCapital: 0,
          keyPeerOverload: 1.2,
        },
      ],
    };

    it('then the need alone carries Risk_n = 0.526', () => {
      expect(needRisk(example.needs[0], rules)).toBeCloseTo(0.526, 12);
    });

    it('then Risk = 1 − 0.79·0.75·0.80 = 0.526, so the project scores 53 and is on watch', () => {
      const result = projectRisk(example, rules);
      expect(result.risk).toBeCloseTo(0.526, 12);
      expect(result).toMatchObject({ score: 53, band: 'watch', colour: 'yellow', ruleVersion: 1 });
    });

    describe('when two requests to the supporting division pass their SLA', () => {
      // R4: m = 2 → s = 1, β·s = 0.30; Risk = 1 − 0.474·0.70 = 0.6682 → 67
      // Leave-one-out (Risk without the reason):
      //   R4: 1 − 0.79·0.75·0.80 = 0.526    → 0.6682 − 0.526   = 0.1422  → +14
      //   R3: 1 − 0.79·0.70·0.80 = 0.5576   → 0.6682 − 0.5576  = 0.1106  → +11
      //   R1: 1 − 0.75·0.70·0.80 = 0.58     → 0.6682 − 0.58    = 0.0882  → +9
      //   R5: 1 − 0.79·0.75·0.70 = 0.58525  → 0.6682 − 0.58525 = 0.08295 → +8
      const breached = { ...example, needs: [{ ...example.needs[0], requestsPastSla: 2 }] };
      const result = projectRisk(breached, rules);

      it('then the project scores 67 and is at risk', () => {
        expect(result.risk).toBeCloseTo(0.6682, 12);
        expect(result).toMatchObject({ score: 67, band: 'at_risk', colour: 'red' });
      });

      it('then the reasons are ordered by their leave-one-out contribution', () => {
        expect(result.reasons.map((r) => [r.code, r.contribution])).toEqual([
          ['REQUESTS_PAST_SLA', 14],
          ['LOW_CAPITAL_WITH_DIVISION', 11],
          ['UNDER_PRIORITISED', 9],
          ['KEY_PEER_OVERLOADED', 8],
        ]);
      });

      it('then each reason names its need, division, severity, weight and thresholds', () => {
        expect(result.reasons[2]).toEqual({
          code: 'UNDER_PRIORITISED',
          needId: 'need-1',
          divisionId: 'operations',
          s: expect.closeTo(0.6, 12),
          beta: 0.35,
          contribution: 9,
          thresholds: { gapForFull: 0.5, unrankedGraceDays: 7 },
          evidence: [],
          ruleVersion: 1,
        });
      });
    });
  });

  describe('given a project with an amber status and two needs of different criticality', () => {
    // R7 amber 0.5 (confidence 6 gives 0): β·s = 0.15
    // important need declined: R2 = 1, Risk_n = 0.45, c = 0.6 → 0.27
    // nice need slipped once: R6 = 0.5, Risk_n = 0.25, c = 0.3 → 0.075
    // Risk = 1 − 0.85·0.73·0.925 = 1 − 0.5739625 = 0.4260375 → 43 watch
    // without R2: 1 − 0.85·0.925 = 0.21375 → +21; without R7: 1 − 0.73·0.925 = 0.32475 → +10;
    // without R6: 1 − 0.85·0.73 = 0.3795 → +5
    const result = projectRisk(
      {
        projectId: 'p',
        status: { rag: 'amber', confidence: 6, daysSinceStatus: 2 },
        needs: [
          {
            ...quietNeed,
            needId: 'n-i',
            criticality: 'important',
            commitment: { state: 'declined' },
          },
          {
            ...quietNeed,
            needId: 'n-n',
            criticality: 'nice',
            delivery: { slips: 1, overdueDays: 0 },
          },
        ],
      },
      rules,
    );

    it('then each need reaches the project in proportion to its criticality', () => {
      expect(result.risk).toBeCloseTo(0.4260375, 12);
      expect(result).toMatchObject({ score: 43, band: 'watch' });
    });

    it('then the project-level status reason has no need and no division', () => {
      expect(result.reasons.map((r) => [r.code, r.needId, r.contribution])).toEqual([
        ['NOT_COMMITTED', 'n-i', 21],
        ['STATUS_SIGNAL', null, 10],
        ['DELIVERY_SLIPPED', 'n-n', 5],
      ]);
      expect(result.reasons[1].divisionId).toBeNull();
    });
  });

  describe('given a project with a fresh green status and no open needs', () => {
    it('then it is on track with nothing to explain', () => {
      const result = projectRisk({ projectId: 'p', status: greenLastWeek, needs: [] }, rules);
      expect(result).toEqual({
        projectId: 'p',
        risk: 0,
        score: 0,
        band: 'on_track',
        colour: 'green',
        reasons: [],
        ruleVersion: 1,
      });
    });
  });

  describe('given newer rules', () => {
    it('then the result and every reason say which rules produced them', () => {
      const v2 = { ...rules, version: 2 };
      const result = projectRisk(
        { projectId: 'p', status: { rag: 'red', confidence: 2, daysSinceStatus: 1 }, needs: [] },
        v2,
      );
      expect(result.ruleVersion).toBe(2);
      expect(result.reasons.map((r) => r.ruleVersion)).toEqual([2]);
    });
  });

  describe('bands', () => {
    it.each([
      [100, 'at_risk', 'red'],
      [60, 'at_risk', 'red'],
      [59, 'watch', 'yellow'],
      [30, 'watch', 'yellow'],
      [29, 'on_track', 'green'],
      [0, 'on_track', 'green'],
    ])('a score of %i is %s (%s)', (score, band, colour) => {
      expect(riskBand(score, rules)).toEqual({ band, colour });
    });
  });
});
