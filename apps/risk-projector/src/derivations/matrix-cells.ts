import { clearMatrix, type MatrixRequest, matrixCell, saveMatrixCell } from '@lib/read-models';
import { DivisionMap } from '../inputs/divisions';
import { pairKey, splitPair } from '../inputs/touched';
import type { DeriveContext } from './derive-context';

/**
 * Derives the matrix cells of the given division pairs (as recorded by the events) from every
 * request and ledger line between the divisions they now answer as; with `all`, every cell.
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
  const cells = new Set(pairs.map(([a, b]) => pairKey(divisions.current(a), divisions.current(b))));
  for (const cell of [...cells].sort()) {
    const [fromDivId, toDivId] = splitPair(cell);
    const from = divisions.idsOf(fromDivId);
    const to = divisions.idsOf(toDivId);
    const key = { tenantId, fromDivId, toDivId };
    const row = matrixCell(
      key,
      await requestsBetween(context, from, to),
      {
        given: await unitsBetween(context, from, to),
        received: await unitsBetween(context, to, from),
      },
      context.rules.version,
    );
    await saveMatrixCell(db, s, key, row);
  }
}

async function requestsBetween(
  { db, s, tenantId }: DeriveContext,
  from: readonly string[],
  to: readonly string[],
): Promise<MatrixRequest[]> {
  const { rows } = await db.query<{
    request_id: string;
    raised_at: Date;
    first_response_at: Date | null;
    fulfilled: boolean;
    breached: boolean;
  }>(
    `SELECT r.request_id, r.raised_at, r.first_response_at, r.fulfilled_at IS NOT NULL AS fulfilled,
            EXISTS (SELECT 1 FROM ${s}.in_sla_breaches b
                     WHERE b.tenant_id = r.tenant_id AND b.request_id = r.request_id) AS breached
       FROM ${s}.in_peer_requests r
      WHERE r.tenant_id = $1 AND r.requester_div_id = ANY($2) AND r.recipient_div_id = ANY($3)
      ORDER BY r.request_id`,
    [tenantId, from, to],
  );
  return rows.map((row) => ({
    requestId: row.request_id,
    raisedAt: row.raised_at.toISOString(),
    firstResponseAt: row.first_response_at?.toISOString() ?? null,
    fulfilled: row.fulfilled,
    slaBreached: row.breached,
  }));
}

async function unitsBetween(
  { db, s, tenantId }: DeriveContext,
  givers: readonly string[],
  receivers: readonly string[],
): Promise<number[]> {
  const { rows } = await db.query<{ units: number }>(
    `SELECT units FROM ${s}.help_units
      WHERE tenant_id = $1 AND giver_div_id = ANY($2) AND receiver_div_id = ANY($3)
      ORDER BY unit_key`,
    [tenantId, givers, receivers],
  );
  return rows.map((row) => row.units);
}

async function everyRecordedPair({
  db,
  s,
  tenantId,
}: DeriveContext): Promise<(readonly [string, string])[]> {
  const { rows } = await db.query<{ a: string; b: string }>(
    `SELECT requester_div_id AS a, recipient_div_id AS b FROM ${s}.in_peer_requests WHERE tenant_id = $1
     UNION
     SELECT giver_div_id, receiver_div_id FROM ${s}.help_units
      WHERE tenant_id = $1 AND giver_div_id IS NOT NULL AND receiver_div_id IS NOT NULL`,
    [tenantId],
  );
  return rows.flatMap((row) => [[row.a, row.b] as const, [row.b, row.a] as const]);
}
