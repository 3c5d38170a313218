import {
  clearMatrix,
  HOUR_MS,
  type MatrixCell,
  type MatrixTotals,
  matrixCellOf,
  nearestDouble,
  saveMatrixCells,
  scaledOf,
} from '@lib/read-models';
import { DivisionMap } from '../inputs/divisions';
import { pairKey, splitPair } from '../inputs/touched';
import type { DeriveContext } from './derive-context';

/**
 * Derives the matrix cells of the given division pairs (as recorded by the events) from the totals
 * of every recorded pair that now answers as their divisions (`in_collaboration_pairs`); with
 * `all`, every cell. A cell's median response comes from the pairs' order statistic: the hour its
 * middle falls in, then the response times counted in that hour. `matrixCell` is the definition
 * over every request and line behind a cell; the int-spec holds the two equal.
 */
export async function refreshMatrixCells(
  context: DeriveContext,
  recordedPairs: readonly (readonly [string, string])[],
  all: boolean,
): Promise<void> {
  const { db, s, tenantId } = context;
  const divisions = await DivisionMap.load(db, s, tenantId);
  const totals = await pairTotals(context);
  if (all) await clearMatrix(db, s, tenantId);
  const pairs = all
    ? [...totals.values()].flatMap((t) => [[t.from, t.to] as const, [t.to, t.from] as const])
    : recordedPairs;
  const cells = [
    ...new Set(pairs.map(([a, b]) => pairKey(divisions.current(a), divisions.current(b)))),
  ]
    .sort()
    .map(splitPair)
    .map(([fromDivId, toDivId]) => cellOf(fromDivId, toDivId, divisions, totals));
  if (cells.length === 0) return;
  const medians = await mediansOf(context, cells);
  const derived: MatrixCell[] = [];
  const emptied: { fromDivId: string; toDivId: string }[] = [];
  for (const [i, cell] of cells.entries()) {
    const key = { tenantId, fromDivId: cell.fromDivId, toDivId: cell.toDivId };
    const row = matrixCellOf(
      key,
      { ...cell.totals, medianResponseHours: medians[i] },
      context.rules.version,
    );
    if (row) derived.push(row);
    else emptied.push(key);
  }
  await saveMatrixCells(db, s, tenantId, derived, emptied);
}

interface PairTotals {
  from: string;
  to: string;
  requests: number;
  fulfilled: number;
  slaBreaches: number;
  answered: number;
  lines: number;
  units: bigint;
}

interface Cell {
  fromDivId: string;
  toDivId: string;
  /** The recorded division ids that now answer as each side. */
  fromIds: string[];
  toIds: string[];
  answered: number;
  totals: Omit<MatrixTotals, 'medianResponseHours'>;
}

async function pairTotals({ db, s, tenantId }: DeriveContext): Promise<Map<string, PairTotals>> {
  const { rows } = await db.query<{
    from_div_id: string;
    to_div_id: string;
    requests: number;
    fulfilled: number;
    sla_breaches: number;
    answered: number;
    lines: number;
    units: string;
  }>(
    `SELECT from_div_id, to_div_id, requests, fulfilled, sla_breaches, answered, lines,
            units::text AS units
       FROM ${s}.in_collaboration_pairs WHERE tenant_id = $1`,
    [tenantId],
  );
  return new Map(
    rows.map((row) => [
      pairKey(row.from_div_id, row.to_div_id),
      {
        from: row.from_div_id,
        to: row.to_div_id,
        requests: row.requests,
        fulfilled: row.fulfilled,
        slaBreaches: row.sla_breaches,
        answered: row.answered,
        lines: row.lines,
        units: scaledOf(row.units),
      },
    ]),
  );
}

/** A cell's totals: the sums over every recorded pair that answers as it, each way. */
function cellOf(
  fromDivId: string,
  toDivId: string,
  divisions: DivisionMap,
  totals: ReadonlyMap<string, PairTotals>,
): Cell {
  const fromIds = divisions.idsOf(fromDivId);
  const toIds = divisions.idsOf(toDivId);
  const between = (givers: string[], receivers: string[]) =>
    givers.flatMap((a) => receivers.flatMap((b) => totals.get(pairKey(a, b)) ?? []));
  const given = between(fromIds, toIds);
  const received = between(toIds, fromIds);
  const sum = (pairs: PairTotals[], pick: (p: PairTotals) => number) =>
    pairs.reduce((total, pair) => total + pick(pair), 0);
  const units = (pairs: PairTotals[]) =>
    nearestDouble(pairs.reduce((total, pair) => total + pair.units, 0n));
  return {
    fromDivId,
    toDivId,
    fromIds,
    toIds,
    answered: sum(given, (p) => p.answered),
    totals: {
      requests: sum(given, (p) => p.requests),
      fulfilled: sum(given, (p) => p.fulfilled),
      slaBreaches: sum(given, (p) => p.slaBreaches),
      linesGiven: sum(given, (p) => p.lines),
      unitsGiven: units(given),
      linesReceived: sum(received, (p) => p.lines),
      unitsReceived: units(received),
    },
  };
}

/**
 * Each cell's median hours to a first answer as `medianOf` takes it: the middle value, or
 * (a + b) / 2 of the two middle ones. The hour counts say which hours the two middle answers
 * fall in and how many answers come before them; the counts per response time of those hours
 * then name the values, so no request is read.
 */
async function mediansOf(
  context: DeriveContext,
  cells: readonly Cell[],
): Promise<(number | null)[]> {
  const hours = await hourCounts(
    context,
    cells.filter((cell) => cell.answered > 0),
  );
  const reads: MiddleRead[] = [];
  for (const [i, cell] of cells.entries()) {
    if (cell.answered === 0) continue;
    const counts = hours.get(pairKey(cell.fromDivId, cell.toDivId)) ?? [];
    const lower = Math.floor((cell.answered - 1) / 2);
    const upper = Math.floor(cell.answered / 2);
    const [first, before] = hourHolding(cell, counts, lower);
    const [last] = hourHolding(cell, counts, upper);
    reads.push({
      i,
      cell,
      fromMs: first * HOUR_MS,
      toMs: (last + 1) * HOUR_MS,
      skip: lower - before,
    });
  }
  const middles = await middlesOf(context, reads);
  return cells.map((cell, i) => {
    const middle = middles.get(i);
    if (!middle) return null;
    return cell.answered % 2 === 1 ? middle[0] : (middle[0] + middle[1]) / 2;
  });
}

/** The hour the answer at `position` (from 0, in order) falls in, and how many come before it. */
function hourHolding(
  cell: Cell,
  counts: readonly [number, number][],
  position: number,
): [number, number] {
  let before = 0;
  for (const [hour, count] of counts) {
    if (before + count > position) return [hour, before];
    before += count;
  }
  throw new Error(
    `in_response_hours: the hours of ${cell.fromDivId}→${cell.toDivId} count ${before} answers, its pairs ${cell.answered}`,
  );
}

interface MiddleRead {
  i: number;
  cell: Cell;
  fromMs: number;
  toMs: number;
  skip: number;
}

/**
 * The two middle answers of each read, in hours: the response times counted in its hours, summed
 * over the cell's recorded pairs, walked in order past `skip` answers.
 */
async function middlesOf(
  { db, s, tenantId }: DeriveContext,
  reads: readonly MiddleRead[],
): Promise<Map<number, number[]>> {
  const middles = new Map<number, number[]>();
  const recorded = reads.flatMap((read) =>
    read.cell.fromIds.flatMap((from) => read.cell.toIds.map((to) => ({ from, to, read }))),
  );
  if (recorded.length === 0) return middles;
  const { rows } = await db.query<{ i: number; ms: string; requests: string }>(
    `SELECT p.i, m.ms, sum(m.requests) AS requests
       FROM unnest($2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::int[])
              AS p(from_div_id, to_div_id, from_ms, to_ms, i)
       JOIN ${s}.in_response_ms m
         ON m.tenant_id = $1 AND m.from_div_id = p.from_div_id AND m.to_div_id = p.to_div_id
        AND m.ms >= p.from_ms AND m.ms < p.to_ms
      GROUP BY p.i, m.ms ORDER BY p.i, m.ms`,
    [
      tenantId,
      recorded.map((r) => r.from),
      recorded.map((r) => r.to),
      recorded.map((r) => r.read.fromMs),
      recorded.map((r) => r.read.toMs),
      recorded.map((r) => r.read.i),
    ],
  );
  const skipped = new Map(reads.map((read) => [read.i, read.skip]));
  for (const row of rows) {
    const values = middles.get(row.i) ?? [];
    let skip = skipped.get(row.i) as number;
    for (let n = Number(row.requests); n > 0 && values.length < 2; n--) {
      if (skip > 0) skip--;
      else values.push(Number(row.ms) / HOUR_MS);
    }
    skipped.set(row.i, skip);
    middles.set(row.i, values);
  }
  return middles;
}

/** Per cell, its answered requests per hour of response time, in hour order. */
async function hourCounts(
  { db, s, tenantId }: DeriveContext,
  cells: readonly Cell[],
): Promise<Map<string, [number, number][]>> {
  const byCell = new Map<string, [number, number][]>();
  const recorded = cells.flatMap((cell, i) =>
    cell.fromIds.flatMap((from) => cell.toIds.map((to) => ({ from, to, i }))),
  );
  if (recorded.length === 0) return byCell;
  const { rows } = await db.query<{ i: number; hour: string; requests: string }>(
    `SELECT p.i, h.hour, sum(h.requests) AS requests
       FROM unnest($2::text[], $3::text[], $4::int[]) AS p(from_div_id, to_div_id, i)
       JOIN ${s}.in_response_hours h
         ON h.tenant_id = $1 AND h.from_div_id = p.from_div_id AND h.to_div_id = p.to_div_id
      GROUP BY p.i, h.hour ORDER BY p.i, h.hour`,
    [tenantId, recorded.map((r) => r.from), recorded.map((r) => r.to), recorded.map((r) => r.i)],
  );
  for (const row of rows) {
    const cell = cells[row.i];
    const key = pairKey(cell.fromDivId, cell.toDivId);
    const counts = byCell.get(key) ?? [];
    counts.push([Number(row.hour), Number(row.requests)]);
    byCell.set(key, counts);
  }
  return byCell;
}
