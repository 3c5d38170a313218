import { type Queryable, schemaIdentifier } from '../queryable';

/**
 * The org directory's tables in a service's own schema. Idempotent: every service runs it at
 * start. One query is one transaction, and its advisory lock keeps two starting instances apart.
 */
export async function migrateOrgDirectory(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('org-directory:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.org_leaders (
      tenant_id text NOT NULL,
      leader_id text NOT NULL,
      division_id text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      max_open int NOT NULL DEFAULT 5,
      focus_cycle_id text,
      focus_theme_ids text[] NOT NULL DEFAULT '{}',
      PRIMARY KEY (tenant_id, leader_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.org_divisions (
      tenant_id text NOT NULL,
      division_id text NOT NULL,
      name text NOT NULL,
      head_id text,
      delegate_ids text[] NOT NULL DEFAULT '{}',
      merged_into text,
      PRIMARY KEY (tenant_id, division_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.org_cycles (
      tenant_id text NOT NULL,
      cycle_id text NOT NULL,
      status text NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, cycle_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.org_themes (
      tenant_id text NOT NULL,
      theme_id text NOT NULL,
      cycle_id text NOT NULL,
      name text NOT NULL,
      PRIMARY KEY (tenant_id, theme_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.org_directory_inbox (
      event_id uuid PRIMARY KEY,
      processed_at timestamptz NOT NULL DEFAULT now()
    );
  `);
}
