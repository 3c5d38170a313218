/** One division's ranking of one cycle; the revision counts its rankings, for optimistic concurrency. */
export type DivisionPortfolioState =
  Readonly<{ status: 'unranked' }> | Readonly<{ status: 'ranked'; revision: number }>;

export function revisionOf(state: DivisionPortfolioState): number {
  return state.status === 'ranked' ? state.revision : 0;
}
