import { exactSum } from './exact-sum';

// The DivisionCollaborationMatrix (domain README §4, §6 report 2): for each ordered pair of divisions,
// the requests the first raised to the second and how they were served, and the help units that
// flowed each way. Divisions are as the events recorded them, remapped through merges.

/** A request from a leader of division i to a leader of division j, as far as the matrix cares. */
export type MatrixRequest = Readonly<{
  requestId: string;
  raisedAt: string;
  /** The first answer (accept, decline, redirect or fulfilment), if any. */
  firstResponseAt: string | null;
  fulfilled: boolean;
  /** A response or delivery SLA passed (the timer said so). */
  slaBreached: boolean;
}>;

export type MatrixCell = Readonly<{
  tenantId: string;
  fromDivId: string;
  toDivId: string;
  requests: number;
  fulfilled: number;
  /** fulfilled / requests; null without requests. */
  fulfilmentRate: number | null;
  medianResponseHours: number | null;
  slaBreaches: number;
  slaBreachRate: number | null;
  /** Help units from i's leaders to j's, and back (undecayed totals). */
  unitsGiven: number;
  unitsReceived: number;
  /** unitsGiven − unitsReceived: i is a net giver to j when positive. */
  netGive: number;
  ruleVersion: number;
}>;

/**
 * What a cell is computed from, once the requests and help-unit lines between its divisions are
 * counted: the projector counts them in SQL, `matrixCell` from lists. Both give the same numbers.
 */
export type MatrixTotals = Readonly<{
  requests: number;
  fulfilled: number;
  slaBreaches: number;
  /** The median hours from raising to the first answer, over the answered requests. */
  medianResponseHours: number | null;
  /** Help-unit lines from i's leaders to j's, and their units summed exactly, rounded once. */
  linesGiven: number;
  unitsGiven: number;
  linesReceived: number;
  unitsReceived: number;
}>;

export const HOUR_MS = 60 * 60 * 1000;

/** The cell i→j, by its definition: from every request and help-unit line between i and j. */
export function matrixCell(
  key: Readonly<{ tenantId: string; fromDivId: string; toDivId: string }>,
  requests: readonly MatrixRequest[],
  units: Readonly<{ given: readonly number[]; received: readonly number[] }>,
  ruleVersion: number,
): MatrixCell | undefined {
  const responses = requests
    .filter((r) => r.firstResponseAt !== null)
    .map((r) => (Date.parse(r.firstResponseAt as string) - Date.parse(r.raisedAt)) / HOUR_MS);
  return matrixCellOf(
    key,
    {
      requests: requests.length,
      fulfilled: requests.filter((r) => r.fulfilled).length,
      slaBreaches: requests.filter((r) => r.slaBreached).length,
      medianResponseHours: medianOf(responses),
      linesGiven: units.given.length,
      unitsGiven: exactSum(units.given),
      linesReceived: units.received.length,
      unitsReceived: exactSum(units.received),
    },
    ruleVersion,
  );
}

/** The cell i→j from its totals; undefined when nothing at all passed between them. */
export function matrixCellOf(
  key: Readonly<{ tenantId: string; fromDivId: string; toDivId: string }>,
  totals: MatrixTotals,
  ruleVersion: number,
): MatrixCell | undefined {
  if (totals.requests === 0 && totals.linesGiven === 0 && totals.linesReceived === 0)
    return undefined;
  return {
    ...key,
    requests: totals.requests,
    fulfilled: totals.fulfilled,
    fulfilmentRate: rate(totals.fulfilled, totals.requests),
    medianResponseHours: totals.medianResponseHours,
    slaBreaches: totals.slaBreaches,
    slaBreachRate: rate(totals.slaBreaches, totals.requests),
    unitsGiven: totals.unitsGiven,
    unitsReceived: totals.unitsReceived,
    netGive: totals.unitsGiven - totals.unitsReceived,
    ruleVersion,
  };
}

function rate(count: number, total: number): number | null {
  return total > 0 ? count / total : null;
}

/** The middle value, or the mean of the two middle ones: (a + b) / 2, which the SQL repeats. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
