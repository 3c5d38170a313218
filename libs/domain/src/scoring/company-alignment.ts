import {
  type AlignmentNeed,
  type DivisionRanking,
  type PairAlignment,
  pairAlignment,
  verticalAlignment,
} from './alignment';
import type { ScoringRules } from './scoring-rules';
import { sumOf } from './scoring-math';

// Company-wide alignment of one cycle and revision (domain README §5.4 and report 3 of §6): the
// interdependence-weighted mean of every pair, each division's vertical alignment, the worst pairs,
// and the drift a re-rank causes.

export type CompanyAlignmentInput = Readonly<{
  divisions: readonly DivisionRanking[];
  /** The company's ranked themes of the cycle (CompanyPrioritiesRanked). */
  companyThemeIds: readonly string[];
  needs: readonly AlignmentNeed[];
}>;

export type VerticalAlignment = Readonly<{ divisionId: string; value: number }>;

export type CompanyAlignment = Readonly<{
  /** CA = Σ I·PA / Σ I; null when no two divisions need anything of each other. */
  horizontal: number | null;
  vertical: readonly VerticalAlignment[];
  /** Every pair of divisions, in the order the divisions were given. */
  pairs: readonly PairAlignment[];
  /** The lowest PA first; at equal PA, the more interdependent pair first. */
  worstPairs: readonly PairAlignment[];
  ruleVersion: number;
}>;

export type PairAlignmentDrift = Readonly<{
  divisionA: string;
  divisionB: string;
  from: number;
  to: number;
  /** ΔPA = to − from; negative when the pair drifted apart. */
  delta: number;
  /** The rules of `from`; differs from ruleVersion when the drift is a rule change (§7.4). */
  fromRuleVersion: number;
  ruleVersion: number;
}>;

export function companyAlignment(
  input: CompanyAlignmentInput,
  rules: ScoringRules,
): CompanyAlignment {
  const pairs = allPairs(input.divisions).map(([a, b]) => pairAlignment(a, b, input.needs, rules));
  const totalInterdependence = sumOf(pairs.map((pair) => pair.interdependence));
  // Weighting by I keeps independent pairs, whose PA is theme agreement alone, out of the index.
  const horizontal =
    totalInterdependence > 0
      ? sumOf(pairs.map((pair) => pair.interdependence * pair.value)) / totalInterdependence
      : null;
  return {
    horizontal,
    vertical: input.divisions.map((d) => ({
      divisionId: d.divisionId,
      value: verticalAlignment(d, input.companyThemeIds, rules),
    })),
    pairs,
    worstPairs: [...pairs].sort(worstFirst).slice(0, rules.alignment.worstPairCount),
    ruleVersion: rules.version,
  };
}

/**
 * ΔPA for each pair present in both revisions whose alignment changed, the largest drop first: the
 * projection calls it with the alignment before and after one DivisionPortfolioRanked event.
 */
export function pairAlignmentDrift(
  before: readonly PairAlignment[],
  after: readonly PairAlignment[],
): PairAlignmentDrift[] {
  const earlier = new Map(before.map((pair) => [pairKey(pair), pair]));
  return after
    .flatMap((pair): PairAlignmentDrift[] => {
      const was = earlier.get(pairKey(pair));
      if (!was || was.value === pair.value) return [];
      return [
        {
          divisionA: pair.divisionA,
          divisionB: pair.divisionB,
          from: was.value,
          to: pair.value,
          delta: pair.value - was.value,
          fromRuleVersion: was.ruleVersion,
          ruleVersion: pair.ruleVersion,
        },
      ];
    })
    .sort((x, y) => x.delta - y.delta);
}

function allPairs(divisions: readonly DivisionRanking[]): [DivisionRanking, DivisionRanking][] {
  return divisions.flatMap((a, i) =>
    divisions.slice(i + 1).map((b): [DivisionRanking, DivisionRanking] => [a, b]),
  );
}

/** A pair is unordered: (D, E) before a re-rank is (E, D) after it. */
function pairKey(pair: PairAlignment): string {
  return [pair.divisionA, pair.divisionB].sort().join('\u0000');
}

function worstFirst(x: PairAlignment, y: PairAlignment): number {
  return x.value - y.value || y.interdependence - x.interdependence;
}
