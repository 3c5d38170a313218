import { mutualWeight, neighboursOf, type TieNetwork } from './tie-network';

// Burt's network constraint (Burt 1992, Structural Holes; as in NetworkX `constraint`), read on
// the undirected weights a_ij = W_{i→j} + W_{j→i} of domain README §5.2 C5:
//
//   p_ij = a_ij / Σ_k a_ik                       (i's share of its ties that goes to j)
//   c_ij = (p_ij + Σ_{q ≠ i,j} p_iq · p_qj)²     (direct plus indirect investment in j)
//   C_i  = Σ_{j ∈ N(i)} c_ij
//
// A leader whose contacts all know each other is constrained (C near or above 1); one who bridges
// otherwise unconnected peers is not, which is the brokerage C5 rewards.

/** C_i; undefined for a leader with no ties, who has no network to be constrained by. */
export function burtConstraint(network: TieNetwork, leaderId: string): number | undefined {
  const neighbours = neighboursOf(network, leaderId);
  if (neighbours.length === 0) return undefined;
  const share = shares(network);
  let constraint = 0;
  for (const j of neighbours) {
    const indirect = neighbours
      .filter((q) => q !== j)
      .reduce((sum, q) => sum + share(leaderId, q) * share(q, j), 0);
    constraint += (share(leaderId, j) + indirect) ** 2;
  }
  return constraint;
}

/** p_ij: the proportion of i's network time and energy invested in j (totals computed once). */
function shares(network: TieNetwork): (i: string, j: string) => number {
  const totals = new Map<string, number>();
  const totalOf = (i: string): number => {
    const known = totals.get(i);
    if (known !== undefined) return known;
    const total = neighboursOf(network, i).reduce((sum, k) => sum + mutualWeight(network, i, k), 0);
    totals.set(i, total);
    return total;
  };
  return (i, j) => {
    const total = totalOf(i);
    return total > 0 ? mutualWeight(network, i, j) / total : 0;
  };
}
