import {
  decimalOf,
  exactDecimal,
  HOUR_MS,
  type HelpUnit,
  type Queryable,
  scaledOf,
} from '@lib/read-models';
import { pairKey } from './touched';
import type { CountedRequest } from './tenant-inputs';

// The collaboration matrix's inputs per recorded division pair (`in_collaboration_pairs`, and the
// order statistic `in_response_hours` and `in_response_ms`): a batch changes them by the difference between what its
// requests and lines counted before it and after it, so no cell is counted again from all its
// requests. Everything kept is a count or an exact sum, so the totals are the same whatever order
// the changes come in; a pair left with nothing has no row.

/** A line of help as the matrix counts it: its divisions as recorded, and its units. */
export type CountedLine = Pick<HelpUnit, 'giverDivId' | 'receiverDivId' | 'units'>;

interface PairDelta {
  fromDivId: string;
  toDivId: string;
  requests: number;
  fulfilled: number;
  slaBreaches: number;
  answered: number;
  lines: number;
  units: bigint;
  /** Answered requests per whole hour of response time (the hour's floor), and per millisecond. */
  hours: Map<number, number>;
  ms: Map<number, number>;
}

/** Milliseconds from raising to the first answer; null while unanswered. */
export function responseMs(row: CountedRequest['row']): number | null {
  return row.first_response_at ? row.first_response_at.getTime() - row.raised_at.getTime() : null;
}

/** The whole hour a response time falls in, counted from 0 (negative before it). */
export function hourOf(ms: number): number {
  const within = ((ms % HOUR_MS) + HOUR_MS) % HOUR_MS;
  return (ms - within) / HOUR_MS;
}

class PairDeltas {
  private readonly pairs = new Map<string, PairDelta>();

  pair(fromDivId: string, toDivId: string): PairDelta {
    const key = pairKey(fromDivId, toDivId);
    let delta = this.pairs.get(key);
    if (!delta) {
      delta = {
        fromDivId,
        toDivId,
        ...{ requests: 0, fulfilled: 0, slaBreaches: 0, answered: 0, lines: 0, units: 0n },
        hours: new Map(),
        ms: new Map(),
      };
      this.pairs.set(key, delta);
    }
    return delta;
  }

  request({ row, breached }: CountedRequest, sign: 1 | -1): void {
    const delta = this.pair(row.requester_div_id, row.recipient_div_id);
    delta.requests += sign;
    if (row.fulfilled_at) delta.fulfilled += sign;
    if (breached) delta.slaBreaches += sign;
    const ms = responseMs(row);
    if (ms === null) return;
    delta.answered += sign;
    const hour = hourOf(ms);
    delta.hours.set(hour, (delta.hours.get(hour) ?? 0) + sign);
    delta.ms.set(ms, (delta.ms.get(ms) ?? 0) + sign);
  }

  line(line: CountedLine, sign: 1 | -1): void {
    if (!line.giverDivId || !line.receiverDivId) return;
    const delta = this.pair(line.giverDivId, line.receiverDivId);
    delta.lines += sign;
    delta.units += BigInt(sign) * scaledOf(exactDecimal(line.units));
  }

  all(): PairDelta[] {
    return [...this.pairs.keys()].sort().map((key) => this.pairs.get(key) as PairDelta);
  }
}

/** The lines stored under these keys before the batch replaces them. */
export async function loadCountedLines(
  db: Queryable,
  s: string,
  tenantId: string,
  unitKeys: readonly string[],
): Promise<Map<string, CountedLine>> {
  if (unitKeys.length === 0) return new Map();
  const { rows } = await db.query<{
    unit_key: string;
    giver_div_id: string | null;
    receiver_div_id: string | null;
    units: number;
  }>(
    `SELECT unit_key, giver_div_id, receiver_div_id, units FROM ${s}.help_units
      WHERE tenant_id = $1 AND unit_key = ANY($2)`,
    [tenantId, unitKeys],
  );
  return new Map(
    rows.map((row) => [
      row.unit_key,
      { giverDivId: row.giver_div_id, receiverDivId: row.receiver_div_id, units: row.units },
    ]),
  );
}

/** Changes the pairs' totals by what the batch's requests and lines count now against before. */
export async function saveCollaborationPairs(
  db: Queryable,
  s: string,
  tenantId: string,
  changes: Readonly<{
    requests: readonly { before?: CountedRequest; after: CountedRequest }[];
    lines: readonly HelpUnit[];
    linesBefore: ReadonlyMap<string, CountedLine>;
  }>,
): Promise<void> {
  const deltas = new PairDeltas();
  for (const { before, after } of changes.requests) {
    if (before) deltas.request(before, -1);
    deltas.request(after, 1);
  }
  for (const line of changes.lines) {
    const before = changes.linesBefore.get(line.unitKey);
    if (before) deltas.line(before, -1);
    deltas.line(line, 1);
  }
  const pairs = deltas
    .all()
    .filter((d) => d.requests || d.fulfilled || d.slaBreaches || d.answered || d.lines || d.units);
  await savePairTotals(db, s, tenantId, pairs);
  await saveResponseCounts(db, s, tenantId, 'in_response_hours', 'hour', pairs, (d) => d.hours);
  await saveResponseCounts(db, s, tenantId, 'in_response_ms', 'ms', pairs, (d) => d.ms);
}

async function savePairTotals(
  db: Queryable,
  s: string,
  tenantId: string,
  pairs: readonly PairDelta[],
): Promise<void> {
  if (pairs.length === 0) return;
  const column = <T>(pick: (d: PairDelta) => T): T[] => pairs.map(pick);
  await db.query(
    `INSERT INTO ${s}.in_collaboration_pairs AS p (tenant_id, from_div_id, to_div_id, requests,
       fulfilled, sla_breaches, answered, lines, units)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::int[],
       $8::int[], $9::numeric[])
     ON CONFLICT (tenant_id, from_div_id, to_div_id) DO UPDATE SET
       requests = p.requests + EXCLUDED.requests, fulfilled = p.fulfilled + EXCLUDED.fulfilled,
       sla_breaches = p.sla_breaches + EXCLUDED.sla_breaches,
       answered = p.answered + EXCLUDED.answered, lines = p.lines + EXCLUDED.lines,
       units = p.units + EXCLUDED.units`,
    [
      tenantId,
      column((d) => d.fromDivId),
      column((d) => d.toDivId),
      column((d) => d.requests),
      column((d) => d.fulfilled),
      column((d) => d.slaBreaches),
      column((d) => d.answered),
      column((d) => d.lines),
      column((d) => decimalOf(d.units)),
    ],
  );
  // A pair is small and few per tenant: those left with nothing go in one pass.
  await db.query(
    `DELETE FROM ${s}.in_collaboration_pairs WHERE tenant_id = $1 AND requests = 0 AND lines = 0`,
    [tenantId],
  );
}

async function saveResponseCounts(
  db: Queryable,
  s: string,
  tenantId: string,
  table: 'in_response_hours' | 'in_response_ms',
  column: 'hour' | 'ms',
  pairs: readonly PairDelta[],
  counts: (delta: PairDelta) => ReadonlyMap<number, number>,
): Promise<void> {
  const rows = pairs.flatMap((d) =>
    [...counts(d)]
      .filter(([, count]) => count !== 0)
      .sort(([a], [b]) => a - b)
      .map(([at, count]) => ({ from: d.fromDivId, to: d.toDivId, at, count })),
  );
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO ${s}.${table} AS h (tenant_id, from_div_id, to_div_id, ${column}, requests)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::bigint[], $5::int[])
     ON CONFLICT (tenant_id, from_div_id, to_div_id, ${column}) DO UPDATE SET
       requests = h.requests + EXCLUDED.requests`,
    [
      tenantId,
      rows.map((r) => r.from),
      rows.map((r) => r.to),
      rows.map((r) => r.at),
      rows.map((r) => r.count),
    ],
  );
  const emptied = rows.filter((r) => r.count < 0);
  if (emptied.length === 0) return;
  await db.query(
    `DELETE FROM ${s}.${table} h
      USING unnest($2::text[], $3::text[], $4::bigint[]) AS e(from_div_id, to_div_id, at)
      WHERE h.tenant_id = $1 AND h.from_div_id = e.from_div_id AND h.to_div_id = e.to_div_id
        AND h.${column} = e.at AND h.requests = 0`,
    [tenantId, emptied.map((r) => r.from), emptied.map((r) => r.to), emptied.map((r) => r.at)],
  );
}
