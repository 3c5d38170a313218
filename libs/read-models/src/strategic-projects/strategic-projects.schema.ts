import { RowStore } from '../directory-rows';
import { StrategicProjectView } from './strategic-project.entity';
import { type Queryable, schemaIdentifier } from '../queryable';
import type { StrategicProjectRow } from './strategic-projects.projection';

export const STRATEGIC_PROJECT_TABLES = ['strategic_projects'] as const;

export async function migrateStrategicProjects(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('strategic-projects:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.strategic_projects (
      tenant_id text NOT NULL,
      project_id text NOT NULL,
      name text NOT NULL,
      owner_id text NOT NULL,
      home_div_id text NOT NULL,
      recorded_home_div_id text NOT NULL,
      theme_ids text[] NOT NULL,
      tier text NOT NULL,
      start_at timestamptz NOT NULL,
      target_at timestamptz NOT NULL,
      status text NOT NULL,
      outcome text,
      rag text,
      confidence int,
      status_reported_at timestamptz,
      registered_at timestamptz NOT NULL,
      version int NOT NULL,
      PRIMARY KEY (tenant_id, project_id)
    );
    CREATE INDEX IF NOT EXISTS strategic_projects_by_division ON ${s}.strategic_projects (tenant_id, home_div_id, target_at, project_id);
    CREATE INDEX IF NOT EXISTS strategic_projects_by_target ON ${s}.strategic_projects (tenant_id, target_at, project_id);
  `);
}

export const strategicProjectRows = new RowStore<StrategicProjectRow>(StrategicProjectView, [
  'tenantId',
  'projectId',
]);
