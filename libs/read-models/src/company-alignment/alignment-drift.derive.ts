import {
  type PairAlignment,
  pairAlignmentDrift,
  type PortfolioItem,
  type ScoringRules,
} from '@lib/domain';
import type { AlignmentInputs, RankingInput } from '../division-pair-alignment/alignment-inputs';
import {
  type AlignmentSnapshot,
  alignmentSnapshot,
} from '../division-pair-alignment/alignment-snapshot';
import type {
  AlignmentDriftEntity,
  AlignmentRerankEntity,
  RankMove,
} from './alignment-drift.entity';
import { alignmentOf } from './company-alignment.derive';

/** A re-rank event and the drift it caused: replaces that event's rows whole. */
export type RerankAlignment = Readonly<{
  rerank: AlignmentRerankEntity;
  drift: readonly AlignmentDriftEntity[];
}>;

/**
 * ΔPA of one DivisionPortfolioRanked (domain README §5.4 drift). Both sides are taken as of the event's
 * occurredAt: the other divisions' latest rankings made by then, the needs open then, the merges in
 * effect then; only the re-ranking division's list differs, its previous revision before and this
 * one after. So the drift is the re-rank's own effect, and it depends on which events exist, not
 * on the order they arrived in. A first ranking has no previous revision: its pairs are new, and
 * drift only shows on a merged division whose portfolio it joins.
 */
export function deriveRerank(
  inputs: AlignmentInputs,
  ranking: RankingInput,
  rules: ScoringRules,
): RerankAlignment {
  const { cycleId, divisionId, revision, occurredAt } = ranking;
  const asOf = (r: number) =>
    alignmentSnapshot(inputs, cycleId, occurredAt, { divisionId, revision: r });
  const [before, after] = [asOf(revision - 1), asOf(revision)];
  const [alignmentBefore, alignmentAfter] = [alignmentOf(before, rules), alignmentOf(after, rules)];
  const previous = inputs.rankings.find(
    (r) => r.cycleId === cycleId && r.divisionId === divisionId && r.revision === revision - 1,
  );
  const moves = rankMoves(previous?.items ?? [], ranking.items);
  const key = { tenantId: inputs.tenantId, eventId: ranking.eventId };
  return {
    rerank: {
      ...key,
      cycleId,
      divisionId,
      portfolioDivisionId: after.countsAs.get(divisionId) ?? divisionId,
      revision,
      rankedBy: ranking.rankedBy,
      occurredAt: new Date(occurredAt),
      recordedAt: ranking.recordedAt === null ? null : new Date(ranking.recordedAt),
      moves,
      horizontalBefore: alignmentBefore.horizontal,
      horizontalAfter: alignmentAfter.horizontal,
      ruleVersion: alignmentAfter.ruleVersion,
    },
    drift: pairAlignmentDrift(alignmentBefore.pairs, alignmentAfter.pairs).map((d) => ({
      ...key,
      divisionA: d.divisionA,
      divisionB: d.divisionB,
      cycleId,
      occurredAt: new Date(occurredAt),
      fromValue: d.from,
      toValue: d.to,
      delta: d.delta,
      causes: causesOf(d, moves, [before, after], [alignmentBefore.pairs, alignmentAfter.pairs]),
      fromRuleVersion: d.fromRuleVersion,
      ruleVersion: d.ruleVersion,
    })),
  };
}

/** Items added, removed or moved between two revisions: new ranks first, then removals. */
export function rankMoves(
  before: readonly PortfolioItem[],
  after: readonly PortfolioItem[],
): RankMove[] {
  const key = (item: PortfolioItem) => `${item.kind}\u0000${item.ref}`;
  const was = new Map(before.map((item, i) => [key(item), i + 1]));
  const is = new Map(after.map((item, i) => [key(item), i + 1]));
  const moved = after
    .map((item, i): RankMove => ({ ...item, from: was.get(key(item)) ?? null, to: i + 1 }))
    .filter((move) => move.from !== move.to);
  const removed = before
    .filter((item) => !is.has(key(item)))
    .map((item): RankMove => ({ ...item, from: was.get(key(item)) ?? null, to: null }));
  return [...moved, ...removed];
}

type Pair = Readonly<{ divisionA: string; divisionB: string }>;

/** The moves that can explain a pair's drift: its needs, their projects, and themes if TA moved. */
function causesOf(
  pair: Pair,
  moves: readonly RankMove[],
  snapshots: readonly AlignmentSnapshot[],
  pairs: readonly (readonly PairAlignment[])[],
): RankMove[] {
  const between = (a: string, b: string) =>
    (a === pair.divisionA && b === pair.divisionB) ||
    (a === pair.divisionB && b === pair.divisionA);
  const needs = snapshots
    .flatMap((snapshot) => snapshot.needs)
    .filter((need) => between(need.homeDivisionId, need.supportingDivisionId));
  const needIds = new Set(needs.map((need) => need.needId));
  const projectIds = new Set(needs.map((need) => need.projectId));
  const agreements = pairs.map(
    (list) => list.find((p) => between(p.divisionA, p.divisionB))?.themeAgreement,
  );
  const themesMoved = agreements[0] !== agreements[1];
  return moves.filter((move) =>
    move.kind === 'theme'
      ? themesMoved
      : (move.kind === 'need' ? needIds : projectIds).has(move.ref),
  );
}
