import { type Queryable, schemaIdentifier } from '@lib/read-models';

/**
 * The strategy index's tables in the service's schema. Idempotent: it runs at every start. One
 * query is one transaction, and its advisory lock keeps two starting instances apart.
 */
export async function migrateStrategyIndex(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('strategy-index:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.strategy_projects (
      tenant_id text NOT NULL,
      project_id text NOT NULL,
      owner_id text NOT NULL,
      home_division_id text NOT NULL,
      target_at timestamptz NOT NULL,
      status text NOT NULL,
      PRIMARY KEY (tenant_id, project_id)
    );
    CREATE INDEX IF NOT EXISTS strategy_projects_by_division
      ON ${s}.strategy_projects (tenant_id, home_division_id);
    CREATE TABLE IF NOT EXISTS ${s}.strategy_needs (
      tenant_id text NOT NULL,
      need_id text NOT NULL,
      project_id text NOT NULL,
      supporting_division_id text NOT NULL,
      status text NOT NULL,
      PRIMARY KEY (tenant_id, need_id)
    );
    CREATE INDEX IF NOT EXISTS strategy_needs_by_division
      ON ${s}.strategy_needs (tenant_id, supporting_division_id, status);
  `);
}
