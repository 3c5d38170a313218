import { DEFAULT_SCORING_RULES, type ScoringRules } from '../scoring/scoring-rules';

// The peer overload index of domain README §5.3, as a pure function of loads the caller has counted
// over the rules' window (`overload.windowDays`), each request weighing its help units
// (`helpUnits.effort`).

/** What is known of the leader asked for help, at the moment of asking. */
export type RecipientLoad = Readonly<{
  /** L_j: effort-weighted requests raised or redirected to the leader within the window. */
  load: number;
  /** O_j: the leader's open (Raised or Accepted) requests now. */
  open: number;
  /** K_j: the leader's declared capacity (maxOpen, 1 to 20; 5 when never declared). */
  capacity: number;
}>;

export type OverloadIndex = Readonly<{
  /** OI_j = max of the three terms; overloaded from 1. */
  value: number;
  /** Each term of the max, so a caller can say which one made the leader overloaded. */
  terms: Readonly<{
    /** z_j / zScoreDivisor (3): how far the leader's load stands out from the tenant's (robust z-score). */
    zScore: number;
    /** O_j / K_j: open requests against the declared capacity. */
    capacity: number;
    /** L_j / (meanLoadMultiple · mean L): the load against a multiple (4) of the tenant's mean. */
    meanLoad: number;
  }>;
}>;

// Consistency constants: they make each spread estimate a standard deviation for normal data.
const MAD_TO_SIGMA = 1.4826;
/** √(π/2), for the mean absolute deviation (the modified z-score's usual fallback). */
const MEAN_ABSOLUTE_DEVIATION_TO_SIGMA = 1.253314;

/**
 * OI_j = max(z_j/d, O_j/K_j, L_j/(m·mean L)), d and m the rules' `overload.zScoreDivisor` and
 * `overload.meanLoadMultiple` (3 and 4 by default). `tenantLoads` are the loads L of the tenant's
 * active leaders, the recipient included. A term whose spread or mean is 0 (a single leader, or
 * nobody loaded yet) is 0: nobody can stand out from a crowd that does not differ.
 */
export function overloadIndex(
  tenantLoads: readonly number[],
  recipient: RecipientLoad,
  rules: ScoringRules = DEFAULT_SCORING_RULES,
): OverloadIndex {
  const { zScoreDivisor, meanLoadMultiple } = rules.overload;
  const meanLoad = mean(tenantLoads);
  const terms = {
    zScore: robustZScore(tenantLoads, recipient.load) / zScoreDivisor,
    capacity: recipient.open / recipient.capacity,
    meanLoad: meanLoad > 0 ? recipient.load / (meanLoadMultiple * meanLoad) : 0,
  };
  return { value: Math.max(terms.zScore, terms.capacity, terms.meanLoad), terms };
}

/**
 * z_j = (L_j − median L) / (1.4826 · MAD L). When more than half the leaders carry the same load
 * MAD is 0, so the spread falls back to the mean absolute deviation around the median.
 */
export function robustZScore(loads: readonly number[], load: number): number {
  const centre = median(loads);
  const deviations = loads.map((l) => Math.abs(l - centre));
  const mad = median(deviations);
  const spread = mad > 0 ? MAD_TO_SIGMA * mad : MEAN_ABSOLUTE_DEVIATION_TO_SIGMA * mean(deviations);
  return spread > 0 ? (load - centre) / spread : 0;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}
