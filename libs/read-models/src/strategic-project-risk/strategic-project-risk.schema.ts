import { type Queryable, schemaIdentifier } from '../queryable';
import { upsertReadModelRow } from '../tie-ledger/upsert-row';
import type { StrategicProjectRiskRow } from './strategic-project-risk.projection';

export async function migrateStrategicProjectRisk(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('strategic-project-risk:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.project_risk (
      tenant_id text NOT NULL,
      project_id text NOT NULL,
      owner_id text NOT NULL,
      home_div_id text NOT NULL,
      cycle_id text,
      risk double precision NOT NULL,
      score int NOT NULL,
      band text NOT NULL,
      colour text NOT NULL,
      reasons jsonb NOT NULL,
      needs jsonb NOT NULL,
      evaluated_at timestamptz NOT NULL,
      rule_version int NOT NULL,
      PRIMARY KEY (tenant_id, project_id)
    );
  `);
}

export async function saveProjectRisk(
  db: Queryable,
  schema: string,
  row: StrategicProjectRiskRow,
): Promise<void> {
  await upsertReadModelRow(
    db,
    `${schemaIdentifier(schema)}.project_risk`,
    ['tenant_id', 'project_id'],
    {
      tenant_id: row.tenantId,
      project_id: row.projectId,
      owner_id: row.ownerId,
      home_div_id: row.homeDivId,
      cycle_id: row.cycleId,
      risk: row.risk,
      score: row.score,
      band: row.band,
      colour: row.colour,
      reasons: JSON.stringify(row.reasons),
      needs: JSON.stringify(row.needs),
      evaluated_at: row.evaluatedAt,
      rule_version: row.ruleVersion,
    },
  );
}

/** A closed project's open needs no longer count: it has no risk row at all. */
export async function removeProjectRisk(
  db: Queryable,
  schema: string,
  tenantId: string,
  projectId: string,
): Promise<void> {
  await db.query(
    `DELETE FROM ${schemaIdentifier(schema)}.project_risk WHERE tenant_id = $1 AND project_id = $2`,
    [tenantId, projectId],
  );
}
