import type { PortfolioItem } from '@lib/domain';
import type { MergeInput, RankingInput } from './alignment-inputs';

/** A division's portfolio after merges, with the ranking event behind each item. */
export type PortfolioView = Readonly<{
  divisionId: string;
  items: readonly PortfolioItem[];
  /** The ranking each item was taken from, index for index with `items`. */
  itemRankings: readonly RankingInput[];
  /** Every ranking the portfolio is made of: its own first, then those of divisions merged into it. */
  rankings: readonly RankingInput[];
}>;

/**
 * A merged-away division's portfolio is remapped to its target (domain README §2 MergeDivisions): until
 * the target ranks again after the merge, its portfolio interleaves its own list with those of the
 * divisions merged into it by priority percentile, so every item keeps the priority its own
 * division gave it. Once the target has ranked after the merge took effect, that ranking alone
 * speaks for the merged division.
 */
export class PortfolioBuilder {
  private readonly sourcesByTarget = new Map<string, MergeInput[]>();

  constructor(
    private readonly latest: ReadonlyMap<string, RankingInput>,
    private readonly merges: ReadonlyMap<string, MergeInput>,
  ) {
    for (const merge of merges.values()) {
      const sources = this.sourcesByTarget.get(merge.targetId) ?? [];
      sources.push(merge);
      this.sourcesByTarget.set(merge.targetId, sources);
    }
    for (const sources of this.sourcesByTarget.values()) {
      sources.sort((a, b) => compareText(a.sourceId, b.sourceId));
    }
  }

  /** The division a division id stands for now, following merges (A into B, then B into C). */
  resolve(divisionId: string): string {
    const seen = new Set<string>();
    let current = divisionId;
    for (;;) {
      const merge = this.merges.get(current);
      if (!merge || seen.has(current)) return current;
      seen.add(current);
      current = merge.targetId;
    }
  }

  portfolioOf(divisionId: string, seen = new Set<string>()): PortfolioView | undefined {
    if (seen.has(divisionId)) return undefined;
    seen.add(divisionId);
    const own = this.latest.get(divisionId);
    const sources = this.sourcesByTarget.get(divisionId) ?? [];
    const lastMergeAt = Math.max(...sources.map((merge) => Date.parse(merge.effectiveAt)));
    if (own && (sources.length === 0 || Date.parse(own.occurredAt) >= lastMergeAt)) {
      return ownPortfolio(divisionId, own);
    }
    const parts = [
      ...(own ? [ownPortfolio(divisionId, own)] : []),
      ...sources.flatMap((merge) => this.portfolioOf(merge.sourceId, seen) ?? []),
    ];
    return parts.length === 0 ? undefined : interleave(divisionId, parts);
  }
}

function ownPortfolio(divisionId: string, ranking: RankingInput): PortfolioView {
  return {
    divisionId,
    items: ranking.items,
    itemRankings: ranking.items.map(() => ranking),
    rankings: [ranking],
  };
}

function interleave(divisionId: string, parts: readonly PortfolioView[]): PortfolioView {
  const entries = parts
    .flatMap((part, p) =>
      part.items.map((item, i) => ({
        item,
        ranking: part.itemRankings[i],
        percentile: part.items.length === 1 ? 1 : 1 - i / (part.items.length - 1),
        p,
        i,
      })),
    )
    .sort((a, b) => b.percentile - a.percentile || a.p - b.p || a.i - b.i);
  const seen = new Set<string>();
  const kept = entries.filter(({ item }) => {
    const key = `${item.kind}\u0000${item.ref}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rankings = new Map(parts.flatMap((part) => part.rankings).map((r) => [r.eventId, r]));
  return {
    divisionId,
    items: kept.map((entry) => entry.item),
    itemRankings: kept.map((entry) => entry.ranking),
    rankings: [...rankings.values()],
  };
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
