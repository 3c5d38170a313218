import { AssessmentRules, type ComponentScores, TRUST_COMPONENTS } from '@lib/domain';

/** One assessed leader's latest result, as the aggregates count it. */
export interface AssessedLeader {
  readonly subjectId: string;
  readonly divisionId: string;
  readonly self: Readonly<{ scores: ComponentScores; trust: number }>;
  readonly peers?: Readonly<{ scores: ComponentScores; trust: number }>;
}

export interface AggregateFigure {
  /** The divisions the figure covers: only groups of at least 5 assessed leaders. */
  readonly divisionIds: readonly string[];
  readonly leaders: number;
  readonly means: ComponentScores;
  /** Mean normalised trust score (0..100). */
  readonly trust: number;
}

/** Self-assessments and released peer results, each shown only where the group is large enough. */
export interface AssessmentAggregate {
  /** Asked for, but shown in no figure: groups under 5. Their sizes are not given. */
  readonly suppressedDivisionIds: readonly string[];
  readonly self: AggregateFigure | null;
  readonly peers: AggregateFigure | null;
}

type Kind = 'self' | 'peers';
type Cell = { divisionId: string; members: Readonly<{ scores: ComponentScores; trust: number }>[] };

function cells(leaders: readonly AssessedLeader[], kind: Kind): Cell[] {
  const byDivision = new Map<string, Cell>();
  for (const leader of leaders) {
    const result = leader[kind];
    if (!result) continue;
    const cell = byDivision.get(leader.divisionId) ?? {
      divisionId: leader.divisionId,
      members: [],
    };
    cell.members.push(result);
    byDivision.set(leader.divisionId, cell);
  }
  return [...byDivision.values()];
}

// A figure is built from whole divisions that each pass the threshold, never from a small one.
// Any two figures then differ by whole publishable divisions, so no pair of filters, however they
// overlap, can be subtracted down to fewer than 5 people.
function figure(all: Cell[], divisionIds: ReadonlySet<string>): AggregateFigure | null {
  const shown = all
    .filter((cell) => divisionIds.has(cell.divisionId))
    .filter((cell) => cell.members.length >= AssessmentRules.minGroupSize)
    .sort((a, b) => a.divisionId.localeCompare(b.divisionId));
  const members = shown.flatMap((cell) => cell.members);
  if (members.length === 0) return null;
  const mean = (pick: (m: Cell['members'][number]) => number) =>
    members.reduce((sum, member) => sum + pick(member), 0) / members.length;
  const means = Object.fromEntries(
    TRUST_COMPONENTS.map((component) => [component, mean((m) => m.scores[component])]),
  ) as ComponentScores;
  return {
    divisionIds: shown.map((cell) => cell.divisionId),
    leaders: members.length,
    means,
    trust: mean((m) => m.trust),
  };
}

/** One figure over a set of divisions (a filter); every division when none is given. */
export function aggregateOver(
  leaders: readonly AssessedLeader[],
  divisionIds?: readonly string[],
): AssessmentAggregate {
  const wanted = new Set(divisionIds ?? leaders.map((leader) => leader.divisionId));
  const self = figure(cells(leaders, 'self'), wanted);
  const peers = figure(cells(leaders, 'peers'), wanted);
  const shown = new Set([...(self?.divisionIds ?? []), ...(peers?.divisionIds ?? [])]);
  return {
    suppressedDivisionIds: [...wanted].filter((id) => !shown.has(id)).sort(),
    self,
    peers,
  };
}

/** One aggregate per division (report 8), each suppressed on its own when under 5. */
export function aggregatesByDivision(
  leaders: readonly AssessedLeader[],
): (AssessmentAggregate & { divisionId: string })[] {
  const divisionIds = [...new Set(leaders.map((leader) => leader.divisionId))].sort();
  return divisionIds.map((divisionId) => ({ divisionId, ...aggregateOver(leaders, [divisionId]) }));
}
