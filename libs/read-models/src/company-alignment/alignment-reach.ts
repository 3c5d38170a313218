import type {
  AlignmentInputChange,
  AlignmentInputs,
  RankingInput,
} from '../division-pair-alignment/alignment-inputs';

// Which derived rows a stored input can change. A cycle's current alignment reads every input up
// to the cycle's close (all of them while it is open); a re-rank's drift reads the inputs as of its
// occurredAt, plus the previous revision of its own portfolio. So an input of time τ reaches the
// open cycles, the cycles closed at or after τ, and the re-ranks at or after τ; a ranking also
// reaches the next revision of its portfolio, whose "before" it is. Deriving exactly these again
// after each stored input leaves every row a function of the stored inputs alone.

export type AlignmentReach = Readonly<{
  tenantId: string;
  /** One cycle, or every cycle whose alignment reads inputs of time `from`. */
  cycles: Readonly<{ cycleId: string }> | Readonly<{ from: string }>;
  /** Re-ranks at or after `from`, and the listed revisions of one portfolio. */
  reranks?: Readonly<{
    from: string;
    portfolio?: Readonly<{ cycleId: string; divisionId: string; revisions: readonly number[] }>;
  }>;
}>;

/** A cycle as the store summarises it, to find the cycles an input reaches. */
export type CycleIndexEntry = Readonly<{
  cycleId: string;
  lastRankedAt: string;
  closedAt: string | null;
}>;

export function reachOf(change: AlignmentInputChange): AlignmentReach {
  switch (change.kind) {
    case 'ranking': {
      const { tenantId, cycleId, divisionId, revision, occurredAt } = change.ranking;
      return {
        tenantId,
        cycles: { cycleId },
        reranks: {
          from: occurredAt,
          portfolio: { cycleId, divisionId, revisions: [revision, revision + 1] },
        },
      };
    }
    case 'companyPriorities':
      return {
        tenantId: change.priorities.tenantId,
        cycles: { cycleId: change.priorities.cycleId },
      };
    case 'cycleClosed':
      return { tenantId: change.closing.tenantId, cycles: { cycleId: change.closing.cycleId } };
    case 'needDeclared':
      return fromInstant(change.need.tenantId, change.need.declared.at);
    case 'needClosed':
      return fromInstant(change.tenantId, change.closed.at);
    case 'projectClosed':
      return fromInstant(change.closing.tenantId, change.closing.at);
    case 'merge': {
      const from = change.merges.map((m) => m.effectiveAt).sort()[0];
      return fromInstant(change.merges[0].tenantId, from);
    }
  }
}

function fromInstant(tenantId: string, from: string): AlignmentReach {
  return { tenantId, cycles: { from }, reranks: { from } };
}

/** The cycles whose current alignment or re-ranks read inputs of time `from`. */
export function cyclesReached(index: readonly CycleIndexEntry[], from: string): string[] {
  const at = Date.parse(from);
  return index
    .filter(
      (cycle) =>
        cycle.closedAt === null ||
        Date.parse(cycle.closedAt) >= at ||
        Date.parse(cycle.lastRankedAt) >= at,
    )
    .map((cycle) => cycle.cycleId);
}

/** The re-rank events (among the loaded cycles' rankings) whose drift must be derived again. */
export function reranksReached(inputs: AlignmentInputs, reach: AlignmentReach): RankingInput[] {
  const { reranks } = reach;
  if (!reranks) return [];
  const from = Date.parse(reranks.from);
  const { portfolio } = reranks;
  return inputs.rankings.filter(
    (ranking) =>
      Date.parse(ranking.occurredAt) >= from ||
      (portfolio !== undefined &&
        ranking.cycleId === portfolio.cycleId &&
        ranking.divisionId === portfolio.divisionId &&
        portfolio.revisions.includes(ranking.revision)),
  );
}
