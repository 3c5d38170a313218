import { sumInOrder } from '../tie-ledger/sum-of';

// The DivisionCollaborationMatrix (DOMAIN §4, §6 report 2): for each ordered pair of divisions,
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

const HOUR_MS = 60 * 60 * 1000;

/** The cell i→j; undefined when nothing at all passed between them. */
export function matrixCell(
  key: Readonly<{ tenantId: string; fromDivId: string; toDivId: string }>,
  requests: readonly MatrixRequest[],
  units: Readonly<{ given: readonly number[]; received: readonly number[] }>,
  ruleVersion: number,
): MatrixCell | undefined {
  if (requests.length === 0 && units.given.length === 0 && units.received.length === 0)
    return undefined;
  const fulfilled = requests.filter((r) => r.fulfilled).length;
  const breaches = requests.filter((r) => r.slaBreached).length;
  const responses = requests
    .filter((r) => r.firstResponseAt !== null)
    .map((r) => (Date.parse(r.firstResponseAt as string) - Date.parse(r.raisedAt)) / HOUR_MS);
  const unitsGiven = sumInOrder(units.given);
  const unitsReceived = sumInOrder(units.received);
  return {
    ...key,
    requests: requests.length,
    fulfilled,
    fulfilmentRate: rate(fulfilled, requests.length),
    medianResponseHours: medianOf(responses),
    slaBreaches: breaches,
    slaBreachRate: rate(breaches, requests.length),
    unitsGiven,
    unitsReceived,
    netGive: unitsGiven - unitsReceived,
    ruleVersion,
  };
}

function rate(count: number, total: number): number | null {
  return total > 0 ? count / total : null;
}

export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
