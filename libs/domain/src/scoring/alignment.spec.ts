import type { PortfolioItem } from '../strategy/division-portfolio/division-portfolio.commands';
import {
  type AlignmentNeed,
  type DivisionRanking,
  pairAlignment,
  priorityPercentile,
  supportAlignment,
  themeAgreement,
} from './alignment';
import { companyAlignment, pairAlignmentDrift } from './company-alignment';
import { DEFAULT_SCORING_RULES as rules } from './scoring-rules';

// A hand-computed company of three divisions: Finance (F), Operations (O) and Sales (S).
//
// Lists (π = 1 − (rank−1)/(N−1); N = 5 gives steps of 0.25, N = 3 steps of 0.5):
//   F: pF t1 t2 n3 t3  → π_F(pF) = 1, π_F(n3) = 0.25, themes t1 t2 t3
//   O: t2 t1 n1 pO t3  → π_O(n1) = 0.5, π_O(pO) = 0.25, themes t2 t1 t3
//   S: t1 n2 t3        → π_S(n2) = 0.5, themes t1 t3
//   company themes t1 t2 t3
// Needs (w = crit·capacity, crit blocking 3, important 2, nice 1):
//   n1: F's pF needs O, blocking, 2 FTE-weeks   → w = 6
//   n2: F's pF needs S, nice, 4 FTE-weeks       → w = 4
//   n3: O's pO needs F, important, 1 FTE-week   → w = 2
//
// Theme agreement (RBO_ext, p = 0.9; (1−p)/p = 1/9, p² = 0.81, p³ = 0.729):
//   TA(F,O): t1 t2 t3 vs t2 t1 t3: X = 0 2 3; Σ = 0.81 + 0.729 = 1.539, /9 = 0.171; tail 0.729 → 0.9
//   TA(F,S): S = t1 t3 (s = 2), L = t1 t2 t3: X = 1 1 2, X_s = 1, X_l = 2
//            Σ1 = 0.9 + 0.405 + 0.486 = 1.791; Σ2 = 1·(1/6)·0.729 = 0.1215; 1.9125/9 = 0.2125
//            tail (1/3 + 1/2)·0.729 = 0.6075 → 0.82
//   TA(O,S): S = t1 t3, L = t2 t1 t3: X = 0 1 2; Σ1 = 0.405 + 0.486 = 0.891; Σ2 = 0.1215
//            1.0125/9 = 0.1125; tail 0.6075 → 0.72
// Support alignment:
//   SA(F→O): n1 gap max(0, 1 − 0.5) = 0.5, w 6 → 1 − 3/6 = 0.5
//   SA(O→F): n3 gap max(0, 0.25 − 0.25) = 0, w 2 → 1
//   SA(F→S): n2 gap 1 − 0.5 = 0.5, w 4 → 0.5; SA(S→F): no needs
// Pair alignment:
//   F,O: SA_sym = (6·0.5 + 2·1)/8 = 0.625; PA = 0.4·0.9 + 0.6·0.625 = 0.735; I = 8
//   F,S: SA_sym = 0.5; PA = 0.4·0.82 + 0.6·0.5 = 0.628; I = 4
//   O,S: no needs either way → PA = TA = 0.72, I = 0
// CA = (8·0.735 + 4·0.628 + 0·0.72)/12 = (5.88 + 2.512)/12 = 0.699333…
// VA: F 1 (same list as the company), O 0.9, S 0.82 (the same RBOs as above)

const theme = (ref: string): PortfolioItem => ({ kind: 'theme', ref });
const project = (ref: string): PortfolioItem => ({ kind: 'project', ref });
const need = (ref: string): PortfolioItem => ({ kind: 'need', ref });

const finance: DivisionRanking = {
  divisionId: 'F',
  items: [project('pF'), theme('t1'), theme('t2'), need('n3'), theme('t3')],
};
const operations: DivisionRanking = {
  divisionId: 'O',
  items: [theme('t2'), theme('t1'), need('n1'), project('pO'), theme('t3')],
};
const sales: DivisionRanking = { divisionId: 'S', items: [theme('t1'), need('n2'), theme('t3')] };
const needs: AlignmentNeed[] = [
  aNeed('n1', 'pF', 'F', 'O', 'blocking', 2),
  aNeed('n2', 'pF', 'F', 'S', 'nice', 4),
  aNeed('n3', 'pO', 'O', 'F', 'important', 1),
];
const company = {
  divisions: [finance, operations, sales],
  companyThemeIds: ['t1', 't2', 't3'],
  needs,
};

describe('division priority alignment (domain README §5.4)', () => {
  describe('priority percentile', () => {
    it('given a need ranked 4th of 11, then π = 0.7 (the worked example of §5.5)', () => {
      const items = Array.from({ length: 11 }, (_, i) => need(`n${i + 1}`));
      expect(priorityPercentile(items, need('n4'))).toBeCloseTo(0.7, 12);
    });

    it('given a list of one item, then that item is top priority', () => {
      expect(priorityPercentile([theme('t1')], theme('t1'))).toBe(1);
    });

    it('given an item the division has not ranked, then π = 0', () => {
      expect(priorityPercentile(finance.items, need('n1'))).toBe(0);
    });

    it('given a theme and a project with the same ref, then the kind tells them apart', () => {
      expect(priorityPercentile([project('x'), theme('x')], theme('x'))).toBe(0);
    });
  });

  describe('given three divisions that rank themes, projects and needs', () => {
    it('then theme agreement is the RBO of their theme rankings', () => {
      expect(themeAgreement(finance, operations, rules)).toBeCloseTo(0.9, 12);
      expect(themeAgreement(finance, sales, rules)).toBeCloseTo(0.82, 12);
      expect(themeAgreement(operations, sales, rules)).toBeCloseTo(0.72, 12);
    });

    it('then support alignment records each need’s gap and weight', () => {
      const sa = supportAlignment(finance, operations, needs, rules);
      expect(sa.value).toBeCloseTo(0.5, 12);
      expect(sa.totalWeight).toBe(6);
      expect(sa.gaps).toEqual([
        {
          needId: 'n1',
          projectId: 'pF',
          projectPercentile: 1,
          needPercentile: 0.5,
          gap: 0.5,
          weight: 6,
        },
      ]);
      expect(sa.ruleVersion).toBe(1);
    });

    it('then a supporting division ranking the need as high as the project has no gap', () => {
      expect(supportAlignment(operations, finance, needs, rules).value).toBe(1);
    });

    it('then a division that needs nothing from another has no support alignment towards it', () => {
      const sa = supportAlignment(sales, finance, needs, rules);
      expect(sa.value).toBeNull();
      expect(sa.totalWeight).toBe(0);
    });

    it('then pair alignment weighs both directions by what they ask for', () => {
      const pa = pairAlignment(finance, operations, needs, rules);
      expect(pa.supportSymmetric).toBeCloseTo(0.625, 12);
      expect(pa.interdependence).toBe(8);
      expect(pa.value).toBeCloseTo(0.735, 12);
    });

    it('then independent divisions are aligned by themes alone', () => {
      const pa = pairAlignment(operations, sales, needs, rules);
      expect(pa.supportSymmetric).toBeNull();
      expect(pa.interdependence).toBe(0);
      expect(pa.value).toBeCloseTo(0.72, 12);
    });

    it('then company alignment is weighted by interdependence', () => {
      expect(companyAlignment(company, rules).horizontal).toBeCloseTo(8.392 / 12, 12);
    });

    it('then each division’s vertical alignment compares it with the company', () => {
      const vertical = companyAlignment(company, rules).vertical;
      expect(vertical.map((v) => v.divisionId)).toEqual(['F', 'O', 'S']);
      expect(vertical[0].value).toBeCloseTo(1, 12);
      expect(vertical[1].value).toBeCloseTo(0.9, 12);
      expect(vertical[2].value).toBeCloseTo(0.82, 12);
    });

    it('then the worst pairs come first', () => {
      const { worstPairs, ruleVersion } = companyAlignment(company, rules);
      expect(worstPairs.map((p) => `${p.divisionA}-${p.divisionB}`)).toEqual(['F-S', 'O-S', 'F-O']);
      expect(ruleVersion).toBe(1);
    });

    it('then no more pairs are listed than the rules ask for', () => {
      const two = { ...rules, alignment: { ...rules.alignment, worstPairCount: 2 } };
      expect(companyAlignment(company, two).worstPairs).toHaveLength(2);
    });
  });

  describe('given no division needs anything of another', () => {
    it('then there is no horizontal alignment to report', () => {
      expect(companyAlignment({ ...company, needs: [] }, rules).horizontal).toBeNull();
    });
  });

  describe('when Operations moves the need it owes Finance to the bottom of its list', () => {
    // O: t2 t1 pO t3 n1 → π_O(pO) = 0.5, π_O(n1) = 0; themes unchanged, so TA(F,O) = 0.9
    // SA(F→O): gap 1 − 0 = 1 → 0; SA(O→F): gap 0.5 − 0.25 = 0.25, w 2 → 1 − 0.5/2 = 0.75
    // SA_sym = (6·0 + 2·0.75)/8 = 0.1875; PA = 0.36 + 0.6·0.1875 = 0.4725; ΔPA = −0.2625
    const reRanked: DivisionRanking = {
      divisionId: 'O',
      items: [theme('t2'), theme('t1'), project('pO'), theme('t3'), need('n1')],
    };
    const before = companyAlignment(company, rules).pairs;
    const after = companyAlignment(
      { ...company, divisions: [finance, reRanked, sales] },
      rules,
    ).pairs;

    it('then only the Finance–Operations pair drifts, apart', () => {
      const drift = pairAlignmentDrift(before, after);
      expect(drift).toHaveLength(1);
      expect(drift[0]).toMatchObject({ divisionA: 'F', divisionB: 'O', ruleVersion: 1 });
      expect(drift[0].from).toBeCloseTo(0.735, 12);
      expect(drift[0].to).toBeCloseTo(0.4725, 12);
      expect(drift[0].delta).toBeCloseTo(-0.2625, 12);
    });

    it('then a pair is matched whichever way round it is listed', () => {
      const swapped = companyAlignment(
        { ...company, divisions: [reRanked, finance, sales] },
        rules,
      ).pairs;
      expect(pairAlignmentDrift(before, swapped).map((d) => d.delta)).toHaveLength(1);
    });
  });
});

function aNeed(
  needId: string,
  projectId: string,
  homeDivisionId: string,
  supportingDivisionId: string,
  criticality: AlignmentNeed['criticality'],
  capacity: number,
): AlignmentNeed {
  return { needId, projectId, homeDivisionId, supportingDivisionId, criticality, capacity };
}
