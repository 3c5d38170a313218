import { type Queryable, schemaIdentifier } from '@lib/read-models';

/**
 * The peer service's copy of the strategic projects and their support needs, and the strategy
 * events it has applied.
 */
export async function migrateStrategyProjects(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('strategy-projects:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.peer_projects (
      tenant_id text NOT NULL,
      project_id text NOT NULL,
      owner_id text NOT NULL,
      home_division_id text NOT NULL,
      status text NOT NULL,
      PRIMARY KEY (tenant_id, project_id)
    );
    CREATE INDEX IF NOT EXISTS peer_projects_by_owner ON ${s}.peer_projects (tenant_id, owner_id);
    CREATE TABLE IF NOT EXISTS ${s}.peer_support_needs (
      tenant_id text NOT NULL,
      need_id text NOT NULL,
      project_id text NOT NULL,
      supporting_division_id text NOT NULL,
      key_contact_id text,
      open boolean NOT NULL,
      PRIMARY KEY (tenant_id, need_id)
    );
    CREATE INDEX IF NOT EXISTS peer_support_needs_open
      ON ${s}.peer_support_needs (tenant_id, project_id) WHERE open;
    CREATE TABLE IF NOT EXISTS ${s}.peer_strategy_inbox (
      event_id uuid PRIMARY KEY,
      processed_at timestamptz NOT NULL DEFAULT now()
    );
  `);
}
