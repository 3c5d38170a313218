import {
  clearMatrix,
  HOUR_MS,
  type MatrixCell,
  type MatrixTotals,
  matrixCellOf,
  saveMatrixCells,
} from '@lib/read-models';
import { DivisionMap } from '../inputs/divisions';
import { pairKey, splitPair } from '../inputs/touched';
import type { DeriveContext } from './derive-context';

/**
 * Derives the matrix cells of the given division pairs (as recorded by the events) from every
 * request and help-unit line between the divisions they now answer as; with `all`, every cell.
 * The totals are counted in one statement for all the cells, by `matrixCell`'s definition (the
 * int-spec holds the two equal): a batch touches most cells, and each cell's history grows.
 */
export async function refreshMatrixCells(
  context: DeriveContext,
  recordedPairs: readonly (readonly [string, string])[],
  all: boolean,
): Promise<void> {
  const { db, s, tenantId } = context;
  const divisions = await DivisionMap.load(db, s, tenantId);
  if (all) await clearMatrix(db, s, tenantId);
  const pairs = all ? await everyRecordedPair(context) : recordedPairs;
  const cells = [
    ...new Set(pairs.map(([a, b]) => pairKey(divisions.current(a), divisions.current(b)))),
  ]
    .sort()
    .map(splitPair);
  if (cells.length === 0) return;
  // Each cell answers for every pair of recorded division ids that now answer as its divisions.
  const recorded: RecordedPair[] = [];
  for (const [cellFrom, cellTo] of cells)
    for (const from of divisions.idsOf(cellFrom))
      for (const to of divisions.idsOf(cellTo)) recorded.push({ from, to, cellFrom, cellTo });
  const totals = await cellTotals(context, recorded);
  const derived: MatrixCell[] = [];
  const emptied: { fromDivId: string; toDivId: string }[] = [];
  for (const [fromDivId, toDivId] of cells) {
    const key = { tenantId, fromDivId, toDivId };
    const total = totals.get(pairKey(fromDivId, toDivId)) ?? NOTHING;
    const cell = matrixCellOf(key, total, context.rules.version);
    if (cell) derived.push(cell);
    else emptied.push(key);
  }
  await saveMatrixCells(db, s, tenantId, derived, emptied);
}

interface RecordedPair {
  from: string;
  to: string;
  cellFrom: string;
  cellTo: string;
}

const NOTHING: MatrixTotals = {
  requests: 0,
  fulfilled: 0,
  slaBreaches: 0,
  medianResponseHours: null,
  linesGiven: 0,
  unitsGiven: 0,
  linesReceived: 0,
  unitsReceived: 0,
};

interface TotalsRow {
  from_div_id: string;
  to_div_id: string;
  requests: number;
  fulfilled: number;
  sla_breaches: number;
  median_response_hours: number | null;
  lines_given: number;
  units_given: number;
  lines_received: number;
  units_received: number;
}

/**
 * Per cell: its requests (fulfilled, breached, the median hours to a first answer as `medianOf`
 * takes it: the middle value, or (a + b) / 2 of the two middle ones) and its help units each way,
 * summed in unit-key order as `sumInOrder` does (float8 `sum` adds in the order it is given).
 * The hours are whole milliseconds divided by an hour's, as `matrixCell` divides them.
 */
async function cellTotals(
  { db, s, tenantId }: DeriveContext,
  recorded: readonly RecordedPair[],
): Promise<Map<string, MatrixTotals>> {
  const { rows } = await db.query<TotalsRow>(
    `WITH pairs AS (
       SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])
                  AS p(recorded_from, recorded_to, from_div_id, to_div_id)
     ), cells AS (
       SELECT DISTINCT from_div_id, to_div_id FROM pairs
     ), requests AS (
       SELECT p.from_div_id, p.to_div_id,
              count(*)::int AS requests,
              (count(*) FILTER (WHERE r.fulfilled_at IS NOT NULL))::int AS fulfilled,
              (count(*) FILTER (WHERE EXISTS (
                 SELECT 1 FROM ${s}.in_sla_breaches b
                  WHERE b.tenant_id = r.tenant_id AND b.request_id = r.request_id)))::int AS sla_breaches,
              array_agg(r.hours ORDER BY r.hours) FILTER (WHERE r.hours IS NOT NULL) AS hours
         FROM pairs p
         JOIN LATERAL (
           SELECT q.*, (extract(epoch FROM q.first_response_at - q.raised_at) * 1000)::float8
                       / ${HOUR_MS}::float8 AS hours
             FROM ${s}.in_peer_requests q
            WHERE q.tenant_id = $1 AND q.requester_div_id = p.recorded_from
              AND q.recipient_div_id = p.recorded_to
         ) r ON true
        GROUP BY p.from_div_id, p.to_div_id
     ), given AS (
       SELECT p.from_div_id, p.to_div_id, count(*)::int AS lines,
              sum(u.units ORDER BY u.unit_key) AS units
         FROM pairs p
         JOIN ${s}.help_units u
           ON u.tenant_id = $1 AND u.giver_div_id = p.recorded_from AND u.receiver_div_id = p.recorded_to
        GROUP BY p.from_div_id, p.to_div_id
     ), received AS (
       SELECT p.from_div_id, p.to_div_id, count(*)::int AS lines,
              sum(u.units ORDER BY u.unit_key) AS units
         FROM pairs p
         JOIN ${s}.help_units u
           ON u.tenant_id = $1 AND u.giver_div_id = p.recorded_to AND u.receiver_div_id = p.recorded_from
        GROUP BY p.from_div_id, p.to_div_id
     )
     SELECT c.from_div_id, c.to_div_id,
            coalesce(r.requests, 0) AS requests,
            coalesce(r.fulfilled, 0) AS fulfilled,
            coalesce(r.sla_breaches, 0) AS sla_breaches,
            (r.hours[(cardinality(r.hours) + 1) / 2] + r.hours[(cardinality(r.hours) + 2) / 2]) / 2
              AS median_response_hours,
            coalesce(g.lines, 0) AS lines_given,
            coalesce(g.units, 0) AS units_given,
            coalesce(x.lines, 0) AS lines_received,
            coalesce(x.units, 0) AS units_received
       FROM cells c
       LEFT JOIN requests r USING (from_div_id, to_div_id)
       LEFT JOIN given g USING (from_div_id, to_div_id)
       LEFT JOIN received x USING (from_div_id, to_div_id)`,
    [
      tenantId,
      recorded.map((r) => r.from),
      recorded.map((r) => r.to),
      recorded.map((r) => r.cellFrom),
      recorded.map((r) => r.cellTo),
    ],
  );
  return new Map(
    rows.map((row) => [
      pairKey(row.from_div_id, row.to_div_id),
      {
        requests: row.requests,
        fulfilled: row.fulfilled,
        slaBreaches: row.sla_breaches,
        medianResponseHours: row.median_response_hours,
        linesGiven: row.lines_given,
        unitsGiven: row.units_given,
        linesReceived: row.lines_received,
        unitsReceived: row.units_received,
      },
    ]),
  );
}

async function everyRecordedPair({
  db,
  s,
  tenantId,
}: DeriveContext): Promise<(readonly [string, string])[]> {
  const { rows } = await db.query<{ a: string; b: string }>(
    `SELECT requester_div_id AS a, recipient_div_id AS b FROM ${s}.in_peer_requests
      WHERE tenant_id = $1 AND requester_div_id IS NOT NULL AND recipient_div_id IS NOT NULL
     UNION
     SELECT giver_div_id, receiver_div_id FROM ${s}.help_units
      WHERE tenant_id = $1 AND giver_div_id IS NOT NULL AND receiver_div_id IS NOT NULL`,
    [tenantId],
  );
  return rows.flatMap((row) => [[row.a, row.b] as const, [row.b, row.a] as const]);
}
