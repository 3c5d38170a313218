import { type Queryable, schemaIdentifier } from '../queryable';

/** Every table of the alignment projection: its stored inputs, then the rows derived from them. */
export const ALIGNMENT_TABLES = [
  'alignment_rankings',
  'alignment_company_priorities',
  'alignment_needs',
  'alignment_project_closings',
  'alignment_merges',
  'alignment_cycle_closings',
  'alignment_division_pairs',
  'alignment_vertical',
  'alignment_company',
  'alignment_reranks',
  'alignment_drift',
] as const;

/**
 * Creates the alignment tables in a schema (the live one, or a rebuild's shadow). Idempotent; the
 * advisory lock keeps two starting instances apart. The derived tables are the ones the entities
 * of division-pair-alignment and company-alignment map.
 */
export async function migrateAlignment(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('alignment:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.alignment_rankings (
      tenant_id text NOT NULL,
      cycle_id text NOT NULL,
      division_id text NOT NULL,
      revision int NOT NULL,
      items jsonb NOT NULL,
      ranked_by text NOT NULL,
      occurred_at timestamptz NOT NULL,
      recorded_at timestamptz,
      event_id text NOT NULL,
      PRIMARY KEY (tenant_id, cycle_id, division_id, revision)
    );
    CREATE INDEX IF NOT EXISTS alignment_rankings_by_time
      ON ${s}.alignment_rankings (tenant_id, occurred_at);
    CREATE TABLE IF NOT EXISTS ${s}.alignment_company_priorities (
      tenant_id text NOT NULL,
      cycle_id text NOT NULL,
      version int NOT NULL,
      theme_ids jsonb NOT NULL,
      ranked_by text NOT NULL,
      occurred_at timestamptz NOT NULL,
      recorded_at timestamptz,
      event_id text NOT NULL,
      PRIMARY KEY (tenant_id, cycle_id, version)
    );
    CREATE TABLE IF NOT EXISTS ${s}.alignment_needs (
      tenant_id text NOT NULL,
      need_id text NOT NULL,
      project_id text,
      home_division_id text,
      supporting_division_id text,
      criticality text,
      capacity double precision,
      declared_at timestamptz,
      declared_event_id text,
      declared_recorded_at timestamptz,
      closed_at timestamptz,
      closed_by text,
      closed_event_id text,
      closed_recorded_at timestamptz,
      PRIMARY KEY (tenant_id, need_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.alignment_project_closings (
      tenant_id text NOT NULL,
      project_id text NOT NULL,
      closed_at timestamptz NOT NULL,
      closed_event_id text NOT NULL,
      closed_recorded_at timestamptz,
      PRIMARY KEY (tenant_id, project_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.alignment_merges (
      tenant_id text NOT NULL,
      event_id text NOT NULL,
      source_id text NOT NULL,
      target_id text NOT NULL,
      effective_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, event_id, source_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.alignment_cycle_closings (
      tenant_id text NOT NULL,
      cycle_id text NOT NULL,
      closed_at timestamptz NOT NULL,
      closed_event_id text NOT NULL,
      closed_recorded_at timestamptz,
      PRIMARY KEY (tenant_id, cycle_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.alignment_division_pairs (
      tenant_id text NOT NULL,
      cycle_id text NOT NULL,
      division_a text NOT NULL,
      division_b text NOT NULL,
      theme_agreement double precision NOT NULL,
      support_a_to_b double precision,
      support_b_to_a double precision,
      weight_a_to_b double precision NOT NULL,
      weight_b_to_a double precision NOT NULL,
      support_symmetric double precision,
      interdependence double precision NOT NULL,
      value double precision NOT NULL,
      gaps jsonb NOT NULL,
      rankings jsonb NOT NULL,
      rule_version int NOT NULL,
      PRIMARY KEY (tenant_id, cycle_id, division_a, division_b)
    );
    CREATE TABLE IF NOT EXISTS ${s}.alignment_vertical (
      tenant_id text NOT NULL,
      cycle_id text NOT NULL,
      division_id text NOT NULL,
      value double precision,
      company_version int,
      evidence jsonb NOT NULL,
      rule_version int NOT NULL,
      PRIMARY KEY (tenant_id, cycle_id, division_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.alignment_company (
      tenant_id text NOT NULL,
      cycle_id text NOT NULL,
      horizontal double precision,
      division_count int NOT NULL,
      pair_count int NOT NULL,
      total_interdependence double precision NOT NULL,
      worst_pairs jsonb NOT NULL,
      company_version int,
      as_of timestamptz,
      rule_version int NOT NULL,
      PRIMARY KEY (tenant_id, cycle_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.alignment_reranks (
      tenant_id text NOT NULL,
      event_id text NOT NULL,
      cycle_id text NOT NULL,
      division_id text NOT NULL,
      portfolio_division_id text NOT NULL,
      revision int NOT NULL,
      ranked_by text NOT NULL,
      occurred_at timestamptz NOT NULL,
      recorded_at timestamptz,
      moves jsonb NOT NULL,
      horizontal_before double precision,
      horizontal_after double precision,
      rule_version int NOT NULL,
      PRIMARY KEY (tenant_id, event_id)
    );
    CREATE INDEX IF NOT EXISTS alignment_reranks_by_cycle
      ON ${s}.alignment_reranks (tenant_id, cycle_id, occurred_at);
    CREATE TABLE IF NOT EXISTS ${s}.alignment_drift (
      tenant_id text NOT NULL,
      event_id text NOT NULL,
      division_a text NOT NULL,
      division_b text NOT NULL,
      cycle_id text NOT NULL,
      occurred_at timestamptz NOT NULL,
      from_value double precision NOT NULL,
      to_value double precision NOT NULL,
      delta double precision NOT NULL,
      causes jsonb NOT NULL,
      from_rule_version int NOT NULL,
      rule_version int NOT NULL,
      PRIMARY KEY (tenant_id, event_id, division_a, division_b)
    );
    CREATE INDEX IF NOT EXISTS alignment_drift_by_cycle
      ON ${s}.alignment_drift (tenant_id, cycle_id, occurred_at);
  `);
}
