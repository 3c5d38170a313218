import { type Queryable, schemaIdentifier } from '../queryable';
import { upsertReadModelRow } from '../tie-ledger/upsert-row';
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

export async function saveMatrixCell(
  db: Queryable,
  schema: string,
  key: Readonly<{ tenantId: string; fromDivId: string; toDivId: string }>,
  cell: MatrixCell | undefined,
): Promise<void> {
  const s = schemaIdentifier(schema);
  if (!cell) {
    await db.query(
      `DELETE FROM ${s}.division_collaboration WHERE tenant_id = $1 AND from_div_id = $2 AND to_div_id = $3`,
      [key.tenantId, key.fromDivId, key.toDivId],
    );
    return;
  }
  await upsertReadModelRow(
    db,
    `${s}.division_collaboration`,
    ['tenant_id', 'from_div_id', 'to_div_id'],
    {
      tenant_id: cell.tenantId,
      from_div_id: cell.fromDivId,
      to_div_id: cell.toDivId,
      requests: cell.requests,
      fulfilled: cell.fulfilled,
      fulfilment_rate: cell.fulfilmentRate,
      median_response_hours: cell.medianResponseHours,
      sla_breaches: cell.slaBreaches,
      sla_breach_rate: cell.slaBreachRate,
      units_given: cell.unitsGiven,
      units_received: cell.unitsReceived,
      net_give: cell.netGive,
      rule_version: cell.ruleVersion,
    },
  );
}

/** Every cell of the tenant goes: a merge folds cells together, so they are all derived again. */
export async function clearMatrix(db: Queryable, schema: string, tenantId: string): Promise<void> {
  await db.query(
    `DELETE FROM ${schemaIdentifier(schema)}.division_collaboration WHERE tenant_id = $1`,
    [tenantId],
  );
}
