import type { PortfolioItem } from '../strategy/division-portfolio/division-portfolio.commands';
import type { Criticality } from '../strategy/strategy.vocabulary';
import { rankBiasedOverlap } from './rank-biased-overlap';
import type { ScoringRules } from './scoring-rules';
import { sumOf } from './scoring-math';

// Division priority alignment, domain README §5.4: how far two divisions agree on themes (horizontal), how
// far each agrees with the company (vertical, Sull), and whether a division ranks the support it
// owes another at least as high as the other ranks the project that needs it.

/** A division's portfolio in one cycle and revision: the full ordered list, highest first. */
export type DivisionRanking = Readonly<{ divisionId: string; items: readonly PortfolioItem[] }>;

/** An open support need, as far as alignment cares. */
export type AlignmentNeed = Readonly<{
  needId: string;
  projectId: string;
  homeDivisionId: string;
  supportingDivisionId: string;
  criticality: Criticality;
  /** FTE-weeks asked for. */
  capacity: number;
}>;

/** One need's contribution to SA(D→E), kept so an explanation can point at both rankings (§7.2). */
export type SupportGap = Readonly<{
  needId: string;
  projectId: string;
  /** π_D(project(n)): how high the home division ranks the project. */
  projectPercentile: number;
  /** π_E(n): how high the supporting division ranks the need. */
  needPercentile: number;
  /** g_n = max(0, π_D(project) − π_E(n)). */
  gap: number;
  /** w_n = crit(n)·capacity(n). */
  weight: number;
}>;

export type SupportAlignment = Readonly<{
  fromDivisionId: string;
  toDivisionId: string;
  /** SA(D→E) = 1 − Σ w·g / Σ w; null when D needs nothing from E. */
  value: number | null;
  /** Σ w_n in this direction: its weight in SA_sym and its share of I. */
  totalWeight: number;
  gaps: readonly SupportGap[];
  ruleVersion: number;
}>;

export type PairAlignment = Readonly<{
  divisionA: string;
  divisionB: string;
  themeAgreement: number;
  support: Readonly<{ aToB: SupportAlignment; bToA: SupportAlignment }>;
  /** SA_sym: both directions weighted by their Σ w; null when neither needs the other. */
  supportSymmetric: number | null;
  /** I(D,E) = Σ w_n over both directions; 0 for independent divisions. */
  interdependence: number;
  /** PA(D,E) = themeWeight·TA + supportWeight·SA_sym, or TA alone when I = 0. */
  value: number;
  ruleVersion: number;
}>;

/**
 * π_D(x) = 1 − (rank−1)/(N−1) over the whole list (themes, projects and needs together);
 * 1 for the only item of a list, 0 when D has not ranked x.
 */
export function priorityPercentile(items: readonly PortfolioItem[], item: PortfolioItem): number {
  const index = items.findIndex((x) => x.kind === item.kind && x.ref === item.ref);
  if (index < 0) return 0;
  return items.length === 1 ? 1 : 1 - index / (items.length - 1);
}

/** The theme ids of a portfolio in the order the division ranked them. */
export function rankedThemes(ranking: DivisionRanking): string[] {
  return ranking.items.filter((item) => item.kind === 'theme').map((item) => item.ref);
}

/** TA(D,E) = RBO_ext(themes_D, themes_E; p). */
export function themeAgreement(
  d: DivisionRanking,
  e: DivisionRanking,
  rules: ScoringRules,
): number {
  return rankBiasedOverlap(rankedThemes(d), rankedThemes(e), rules.alignment.rboPersistence);
}

/** VA_D = RBO_ext(themes_D, themes_company; p). */
export function verticalAlignment(
  d: DivisionRanking,
  companyThemeIds: readonly string[],
  rules: ScoringRules,
): number {
  return rankBiasedOverlap(rankedThemes(d), companyThemeIds, rules.alignment.rboPersistence);
}

/** SA(D→E) over the needs of D's projects addressed to E. */
export function supportAlignment(
  from: DivisionRanking,
  to: DivisionRanking,
  needs: readonly AlignmentNeed[],
  rules: ScoringRules,
): SupportAlignment {
  const gaps = needs
    .filter((n) => n.homeDivisionId === from.divisionId && n.supportingDivisionId === to.divisionId)
    .map((n) => supportGap(n, from, to, rules));
  const totalWeight = sumOf(gaps.map((g) => g.weight));
  const value = totalWeight > 0 ? 1 - sumOf(gaps.map((g) => g.weight * g.gap)) / totalWeight : null;
  return {
    fromDivisionId: from.divisionId,
    toDivisionId: to.divisionId,
    value,
    totalWeight,
    gaps,
    ruleVersion: rules.version,
  };
}

function supportGap(
  need: AlignmentNeed,
  from: DivisionRanking,
  to: DivisionRanking,
  rules: ScoringRules,
): SupportGap {
  const projectPercentile = priorityPercentile(from.items, {
    kind: 'project',
    ref: need.projectId,
  });
  const needPercentile = priorityPercentile(to.items, { kind: 'need', ref: need.needId });
  return {
    needId: need.needId,
    projectId: need.projectId,
    projectPercentile,
    needPercentile,
    gap: Math.max(0, projectPercentile - needPercentile),
    weight: rules.alignment.criticalityWeights[need.criticality] * need.capacity,
  };
}

/** PA(D,E) = 0.4·TA + 0.6·SA_sym; PA = TA and I = 0 when neither division needs the other. */
export function pairAlignment(
  a: DivisionRanking,
  b: DivisionRanking,
  needs: readonly AlignmentNeed[],
  rules: ScoringRules,
): PairAlignment {
  const ta = themeAgreement(a, b, rules);
  const aToB = supportAlignment(a, b, needs, rules);
  const bToA = supportAlignment(b, a, needs, rules);
  const interdependence = aToB.totalWeight + bToA.totalWeight;
  const supportSymmetric =
    interdependence > 0
      ? ((aToB.value ?? 0) * aToB.totalWeight + (bToA.value ?? 0) * bToA.totalWeight) /
        interdependence
      : null;
  const { themeWeight, supportWeight } = rules.alignment;
  return {
    divisionA: a.divisionId,
    divisionB: b.divisionId,
    themeAgreement: ta,
    support: { aToB, bToA },
    supportSymmetric,
    interdependence,
    value: supportSymmetric === null ? ta : themeWeight * ta + supportWeight * supportSymmetric,
    ruleVersion: rules.version,
  };
}
