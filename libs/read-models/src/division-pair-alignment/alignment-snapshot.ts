import type { AlignmentNeed, DivisionRanking } from '@lib/domain';
import type {
  AlignmentInputs,
  CompanyPrioritiesInput,
  AlignmentEvidence,
  MergeInput,
  RankingInput,
} from './alignment-inputs';
import { compareText, PortfolioBuilder, type PortfolioView } from './merged-portfolios';

// What alignment sees of a cycle at one instant (`asOf`; null for everything stored): each
// division's latest ranking made by then, the needs open then, the merges in effect then, and the
// company's latest ranking. Derived from the stored inputs alone, so it depends on which events
// exist, never on the order they arrived in.

/** An open need between two divisions after merges, with the event that declared it. */
export type NeedView = AlignmentNeed & Readonly<{ declaredBy: AlignmentEvidence }>;

export type AlignmentSnapshot = Readonly<{
  tenantId: string;
  cycleId: string;
  asOf: string | null;
  /** Every division with a portfolio in the cycle, by id. */
  divisions: readonly PortfolioView[];
  /** Each division that has ranked in the cycle, and the division it counts as then (after merges). */
  countsAs: ReadonlyMap<string, string>;
  /** Open needs between two different divisions, by need id. */
  needs: readonly NeedView[];
  companyPriorities?: CompanyPrioritiesInput;
}>;

/** Replaces the division's latest ranking with one revision of it (0: none), to isolate a re-rank. */
export type RankingOverride = Readonly<{ divisionId: string; revision: number }>;

export function alignmentSnapshot(
  inputs: AlignmentInputs,
  cycleId: string,
  asOf: string | null,
  override?: RankingOverride,
): AlignmentSnapshot {
  const at = asOf === null ? Infinity : Date.parse(asOf);
  const merges = mergesInEffect(inputs.merges, at);
  const latest = latestRankings(inputs.rankings, cycleId, at, override);
  const portfolios = new PortfolioBuilder(latest, merges);
  const countsAs = new Map([...latest.keys()].map((id) => [id, portfolios.resolve(id)]));
  const divisionIds = [...new Set(countsAs.values())].sort();
  return {
    tenantId: inputs.tenantId,
    cycleId,
    asOf,
    divisions: divisionIds.flatMap((id) => portfolios.portfolioOf(id) ?? []),
    countsAs,
    needs: openNeeds(inputs, at, (id) => portfolios.resolve(id)),
    companyPriorities: latestCompanyPriorities(inputs.companyPriorities, cycleId, at),
  };
}

export function divisionRanking(portfolio: PortfolioView): DivisionRanking {
  return { divisionId: portfolio.divisionId, items: portfolio.items };
}

export function rankingEvidence(ranking: RankingInput): AlignmentEvidence {
  return {
    eventId: ranking.eventId,
    type: 'DivisionPortfolioRanked',
    recordedAt: ranking.recordedAt,
  };
}

/** For each source, the merge that took it away first (a source is merged only once, but be total). */
function mergesInEffect(merges: readonly MergeInput[], at: number): Map<string, MergeInput> {
  const bySource = new Map<string, MergeInput>();
  for (const merge of merges) {
    if (Date.parse(merge.effectiveAt) > at) continue;
    const kept = bySource.get(merge.sourceId);
    if (!kept || compareMerges(merge, kept) < 0) bySource.set(merge.sourceId, merge);
  }
  return bySource;
}

function compareMerges(a: MergeInput, b: MergeInput): number {
  return (
    Date.parse(a.effectiveAt) - Date.parse(b.effectiveAt) ||
    compareText(a.eventId, b.eventId) ||
    compareText(a.targetId, b.targetId)
  );
}

function latestRankings(
  rankings: readonly RankingInput[],
  cycleId: string,
  at: number,
  override: RankingOverride | undefined,
): Map<string, RankingInput> {
  const latest = new Map<string, RankingInput>();
  for (const ranking of rankings) {
    if (ranking.cycleId !== cycleId) continue;
    if (ranking.divisionId === override?.divisionId) {
      if (ranking.revision === override.revision) latest.set(ranking.divisionId, ranking);
      continue;
    }
    if (Date.parse(ranking.occurredAt) > at) continue;
    const kept = latest.get(ranking.divisionId);
    if (!kept || ranking.revision > kept.revision) latest.set(ranking.divisionId, ranking);
  }
  return latest;
}

function latestCompanyPriorities(
  priorities: readonly CompanyPrioritiesInput[],
  cycleId: string,
  at: number,
): CompanyPrioritiesInput | undefined {
  let latest: CompanyPrioritiesInput | undefined;
  for (const ranking of priorities) {
    if (ranking.cycleId !== cycleId || Date.parse(ranking.occurredAt) > at) continue;
    if (!latest || ranking.version > latest.version) latest = ranking;
  }
  return latest;
}

function openNeeds(
  inputs: AlignmentInputs,
  at: number,
  resolve: (divisionId: string) => string,
): NeedView[] {
  const projectClosedAt = new Map<string, number>();
  for (const closing of inputs.projectClosings) {
    const closedAt = Date.parse(closing.at);
    projectClosedAt.set(
      closing.projectId,
      Math.min(closedAt, projectClosedAt.get(closing.projectId) ?? Infinity),
    );
  }
  const views: NeedView[] = [];
  for (const { needId, declared, closed } of inputs.needs) {
    if (!declared || Date.parse(declared.at) > at) continue;
    if (closed && Date.parse(closed.at) <= at) continue;
    const projectClosed = projectClosedAt.get(declared.projectId);
    if (projectClosed !== undefined && projectClosed <= at) continue;
    const homeDivisionId = resolve(declared.homeDivisionId);
    const supportingDivisionId = resolve(declared.supportingDivisionId);
    // A need between two divisions that have since merged is internal work, not alignment.
    if (homeDivisionId === supportingDivisionId) continue;
    views.push({
      needId,
      projectId: declared.projectId,
      homeDivisionId,
      supportingDivisionId,
      criticality: declared.criticality,
      capacity: declared.capacity,
      declaredBy: {
        eventId: declared.eventId,
        type: 'SupportNeedDeclared',
        recordedAt: declared.recordedAt,
      },
    });
  }
  return views.sort((a, b) => compareText(a.needId, b.needId));
}
