import { type Queryable, schemaIdentifier } from '../queryable';
import type { MatrixCell } from './division-collaboration-matrix.projection';

export async function migrateDivisionCollaborationMatrix(
  db: Queryable,
  schema: string,
): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('division-collaboration-matrix:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.division_collaboration (
      tenant_id text NOT NULL,
      from_div_id text NOT NULL,
      to_div_id text NOT NULL,
      requests int NOT NULL,
      fulfilled int NOT NULL,
      fulfilment_rate double precision,
      median_response_hours double precision,
      sla_breaches int NOT NULL,
      sla_breach_rate double precision,
      units_given double precision NOT NULL,
      units_received double precision NOT NULL,
      net_give double precision NOT NULL,
      rule_version int NOT NULL,
      PRIMARY KEY (tenant_id, from_div_id, to_div_id)
    );
  `);
}

type CellKey = Readonly<{ fromDivId: string; toDivId: string }>;

/**
 * Writes a tenant's derived cells in two statements: the cells with something between their
 * divisions are upserted, the `emptied` ones (nothing left between them) deleted.
 */
export async function saveMatrixCells(
  db: Queryable,
  schema: string,
  tenantId: string,
  cells: readonly MatrixCell[],
  emptied: readonly CellKey[],
): Promise<void> {
  const s = schemaIdentifier(schema);
  if (emptied.length > 0)
    await db.query(
      `DELETE FROM ${s}.division_collaboration c
        USING unnest($2::text[], $3::text[]) AS e(from_div_id, to_div_id)
        WHERE c.tenant_id = $1 AND c.from_div_id = e.from_div_id AND c.to_div_id = e.to_div_id`,
      [tenantId, emptied.map((k) => k.fromDivId), emptied.map((k) => k.toDivId)],
    );
  if (cells.length === 0) return;
  const column = <T>(pick: (cell: MatrixCell) => T): T[] => cells.map(pick);
  await db.query(
    `INSERT INTO ${s}.division_collaboration (tenant_id, from_div_id, to_div_id, requests, fulfilled,
       fulfilment_rate, median_response_hours, sla_breaches, sla_breach_rate, units_given,
       units_received, net_give, rule_version)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::float8[],
       $7::float8[], $8::int[], $9::float8[], $10::float8[], $11::float8[], $12::float8[], $13::int[])
     ON CONFLICT (tenant_id, from_div_id, to_div_id) DO UPDATE SET
       requests = EXCLUDED.requests, fulfilled = EXCLUDED.fulfilled,
       fulfilment_rate = EXCLUDED.fulfilment_rate, median_response_hours = EXCLUDED.median_response_hours,
       sla_breaches = EXCLUDED.sla_breaches, sla_breach_rate = EXCLUDED.sla_breach_rate,
       units_given = EXCLUDED.units_given, units_received = EXCLUDED.units_received,
       net_give = EXCLUDED.net_give, rule_version = EXCLUDED.rule_version`,
    [
      tenantId,
      column((c) => c.fromDivId),
      column((c) => c.toDivId),
      column((c) => c.requests),
      column((c) => c.fulfilled),
      column((c) => c.fulfilmentRate),
      column((c) => c.medianResponseHours),
      column((c) => c.slaBreaches),
      column((c) => c.slaBreachRate),
      column((c) => c.unitsGiven),
      column((c) => c.unitsReceived),
      column((c) => c.netGive),
      column((c) => c.ruleVersion),
    ],
  );
}

/** Every cell of the tenant goes: a merge folds cells together, so they are all derived again. */
export async function clearMatrix(db: Queryable, schema: string, tenantId: string): Promise<void> {
  await db.query(
    `DELETE FROM ${schemaIdentifier(schema)}.division_collaboration WHERE tenant_id = $1`,
    [tenantId],
  );
}
