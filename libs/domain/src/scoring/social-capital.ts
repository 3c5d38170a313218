import { burtConstraint } from './burt-constraint';
import type { ScoringRules, SocialCapitalComponent } from './scoring-rules';
import { sumOf } from './scoring-math';
import {
  giveOf,
  hasActiveTie,
  mutualWeight,
  neighboursOf,
  recvOf,
  type TieNetwork,
  tieWeight,
} from './tie-network';

// Leader social capital SC_i ∈ [0, 100], domain README §5.2. Each component is in [0, 1] and reported
// with its contribution 100·w_c·C_c, so the explanation can say which habit earned which points.
// Overload is deliberately absent (Cross): it is shown beside SC, never folded into it.

/** C6's counts over the reliability window (requests due in the last 180 days). */
export type ReliabilityRecord = Readonly<{
  /** n_i: requests to the leader that fell due in the window. */
  due: number;
  /** k_i: of those, answered by respondBy and, if accepted, fulfilled by dueAt. */
  kept: number;
}>;

export type SocialCapitalInput = Readonly<{
  leaderId: string;
  network: TieNetwork;
  /** Each leader's division as of T (membership changes never rewrite a tie, §1). */
  divisionOf: ReadonlyMap<string, string>;
  /** Leaders not deactivated at T, the leader included: the population C1 ranks against. */
  activeLeaderIds: readonly string[];
  /** The tenant's divisions at T: C4 can at most reach every other one (capped at 8). */
  divisionCount: number;
  reliability: ReliabilityRecord;
  /** m: the organisation's reliability (see organisationReliability). */
  organisationReliability: number;
}>;

export type ComponentScore = Readonly<{ value: number; weight: number; contribution: number }>;

export type SocialCapitalScore = Readonly<{
  leaderId: string;
  /** SC = 100·Σ w_c·C_c = Σ contribution. */
  score: number;
  components: Readonly<Record<SocialCapitalComponent, ComponentScore>>;
  ruleVersion: number;
}>;

export function socialCapital(input: SocialCapitalInput, rules: ScoringRules): SocialCapitalScore {
  const { leaderId, network } = input;
  const values: Record<SocialCapitalComponent, number> = {
    giving: givingPercentile(network, leaderId, input.activeLeaderIds),
    giverBalance: giverBalance(network, leaderId, rules),
    mutuality: mutuality(network, leaderId, rules),
    crossDivisionBreadth: crossDivisionBreadth(input, rules),
    brokerage: brokerage(network, leaderId),
    reliability: reliability(input.reliability, input.organisationReliability, rules),
  };
  const components = Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      const weight = rules.socialCapital.weights[name as SocialCapitalComponent];
      return [name, { value, weight, contribution: 100 * weight * value }];
    }),
  ) as Record<SocialCapitalComponent, ComponentScore>;
  const score = sumOf(Object.values(components).map((c) => c.contribution));
  return { leaderId, score, components, ruleVersion: rules.version };
}

/**
 * C1: mid-rank percentile of GIVE_i among the other active leaders (those below count 1, those
 * level ½), in [0, 1]. A leader who gave nothing earns nothing, however many others gave nothing.
 */
export function givingPercentile(
  network: TieNetwork,
  leaderId: string,
  activeLeaderIds: readonly string[],
): number {
  const give = giveOf(network, leaderId);
  if (give <= 0) return 0;
  const others = activeLeaderIds.filter((id) => id !== leaderId).map((id) => giveOf(network, id));
  if (others.length === 0) return 1;
  const below = others.filter((g) => g < give).length;
  const level = others.filter((g) => g === give).length;
  return (below + level / 2) / others.length;
}

/** C2 = min(1, B/0.6) with B = GIVE/(GIVE + RECV): full marks for giving 60% or more (Grant). */
export function giverBalance(network: TieNetwork, leaderId: string, rules: ScoringRules): number {
  const give = giveOf(network, leaderId);
  const total = give + recvOf(network, leaderId);
  if (total <= 0) return 0;
  return Math.min(1, give / total / rules.socialCapital.giverBalanceTarget);
}

/**
 * C3: node reciprocity (NetworkX `reciprocity(G, i)`) on the graph of active ties: with succ the
 * peers i helped and pred the peers who helped i, r_i = 2·|succ ∩ pred| / (|succ| + |pred|).
 */
export function mutuality(network: TieNetwork, leaderId: string, rules: ScoringRules): number {
  const active = neighboursOf(network, leaderId).filter((b) =>
    hasActiveTie(network, leaderId, b, rules),
  );
  const helped = active.filter((b) => tieWeight(network, leaderId, b) > 0);
  const helpedBy = active.filter((b) => tieWeight(network, b, leaderId) > 0);
  const both = helped.filter((b) => helpedBy.includes(b)).length;
  const total = helped.length + helpedBy.length;
  return total === 0 ? 0 : (2 * both) / total;
}

/** C4: other divisions the leader has an active tie with, over min(K − 1, 8), capped at 1. */
export function crossDivisionBreadth(
  input: Pick<SocialCapitalInput, 'leaderId' | 'network' | 'divisionOf' | 'divisionCount'>,
  rules: ScoringRules,
): number {
  const { leaderId, network, divisionOf } = input;
  const home = divisionOf.get(leaderId);
  const weightByDivision = new Map<string, number>();
  for (const b of neighboursOf(network, leaderId)) {
    const division = divisionOf.get(b);
    if (division === undefined || division === home) continue;
    const a = mutualWeight(network, leaderId, b);
    weightByDivision.set(division, (weightByDivision.get(division) ?? 0) + a);
  }
  const reached = [...weightByDivision.values()].filter(
    (w) => w > rules.ties.activeThreshold,
  ).length;
  const reachable = Math.min(input.divisionCount - 1, rules.socialCapital.breadthDivisionCap);
  return reachable > 0 ? Math.min(1, reached / reachable) : 0;
}

/** C5 = 1 − min(1, C_i); a leader with no ties brokers nothing. */
export function brokerage(network: TieNetwork, leaderId: string): number {
  const constraint = burtConstraint(network, leaderId);
  return constraint === undefined ? 0 : 1 - Math.min(1, constraint);
}

/**
 * C6 = (k + α·m)/(n + α): a Bayesian estimate that starts at the organisation's rate and moves
 * towards the leader's own as their requests accumulate, so one missed request is not a verdict.
 */
export function reliability(
  record: ReliabilityRecord,
  organisationRate: number,
  rules: ScoringRules,
): number {
  const alpha = rules.socialCapital.reliabilityPriorWeight;
  return (record.kept + alpha * organisationRate) / (record.due + alpha);
}

/** m: the pooled rate Σk/Σn of every leader's record; 0 while nothing has fallen due. */
export function organisationReliability(records: readonly ReliabilityRecord[]): number {
  const due = sumOf(records.map((r) => r.due));
  return due > 0 ? sumOf(records.map((r) => r.kept)) / due : 0;
}
