import type { ScoringRules } from './scoring-rules';
import { type EpochMs, sumOf } from './scoring-math';
import { type DirectedTie, decayTo } from './ties';

// The tie ledger read at one instant T (domain README §5.1): every W_{a→b}(T), indexed both ways so that
// GIVE, RECV and the social-capital components of §5.2 need one pass over the ledger, not one per
// leader.

export type LedgerTie = Readonly<{ from: string; to: string; tie: DirectedTie }>;

export type TieNetwork = Readonly<{
  at: EpochMs;
  /** outgoing.get(a).get(b) = W_{a→b}(T). */
  outgoing: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** incoming.get(b).get(a) = W_{a→b}(T). */
  incoming: ReadonlyMap<string, ReadonlyMap<string, number>>;
}>;

export function tieNetworkAt(
  ledger: Iterable<LedgerTie>,
  at: EpochMs,
  rules: ScoringRules,
): TieNetwork {
  const outgoing = new Map<string, Map<string, number>>();
  const incoming = new Map<string, Map<string, number>>();
  for (const { from, to, tie } of ledger) {
    const weight = decayTo(tie, at, rules);
    addWeight(outgoing, from, to, weight);
    addWeight(incoming, to, from, weight);
  }
  return { at, outgoing, incoming };
}

function addWeight(index: Map<string, Map<string, number>>, a: string, b: string, w: number): void {
  const row = index.get(a) ?? new Map<string, number>();
  row.set(b, (row.get(b) ?? 0) + w);
  index.set(a, row);
}

/** W_{a→b}(T); 0 when a never helped b. */
export function tieWeight(network: TieNetwork, from: string, to: string): number {
  return network.outgoing.get(from)?.get(to) ?? 0;
}

/** GIVE_i = Σ_b W_{i→b}. */
export function giveOf(network: TieNetwork, leaderId: string): number {
  return sumOf(network.outgoing.get(leaderId)?.values() ?? []);
}

/** RECV_i = Σ_b W_{b→i}. */
export function recvOf(network: TieNetwork, leaderId: string): number {
  return sumOf(network.incoming.get(leaderId)?.values() ?? []);
}

/** Everyone i has given to or received from, each once. */
export function neighboursOf(network: TieNetwork, leaderId: string): string[] {
  const out = network.outgoing.get(leaderId)?.keys() ?? [];
  const inc = network.incoming.get(leaderId)?.keys() ?? [];
  return [...new Set([...out, ...inc])].filter((b) => b !== leaderId);
}

/** a_ij = W_{i→j} + W_{j→i}: the undirected strength of a pair, as Burt's constraint reads it. */
export function mutualWeight(network: TieNetwork, i: string, j: string): number {
  return tieWeight(network, i, j) + tieWeight(network, j, i);
}

/** A pair whose summed weight exceeds ε at T (domain README §5.1). */
export function hasActiveTie(
  network: TieNetwork,
  i: string,
  j: string,
  rules: ScoringRules,
): boolean {
  return mutualWeight(network, i, j) > rules.ties.activeThreshold;
}
