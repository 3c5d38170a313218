import { RowStore } from '../directory-rows';
import { SupportNeedView } from './support-need.entity';
import { type Queryable, schemaIdentifier } from '../queryable';
import type { SupportNeedRow } from './support-needs.projection';

export const SUPPORT_NEED_TABLES = ['support_needs'] as const;

export async function migrateSupportNeeds(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('support-needs:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.support_needs (
      tenant_id text NOT NULL,
      need_id text NOT NULL,
      project_id text NOT NULL,
      supporting_div_id text NOT NULL,
      recorded_supporting_div_id text NOT NULL,
      home_div_id text NOT NULL,
      recorded_home_div_id text NOT NULL,
      key_contact_id text,
      criticality text NOT NULL,
      capacity double precision NOT NULL,
      needed_by timestamptz NOT NULL,
      declared_at timestamptz NOT NULL,
      state text NOT NULL,
      deliver_by timestamptz,
      offered_deliver_by timestamptz,
      committed_at timestamptz,
      delivered_at timestamptz,
      on_time boolean,
      slips int NOT NULL,
      counter_proposals int NOT NULL,
      decline_reason text,
      history jsonb NOT NULL,
      updated_at timestamptz NOT NULL,
      version int NOT NULL,
      PRIMARY KEY (tenant_id, need_id)
    );
    CREATE INDEX IF NOT EXISTS support_needs_by_project ON ${s}.support_needs (tenant_id, project_id, needed_by, need_id);
    CREATE INDEX IF NOT EXISTS support_needs_by_supporting_division ON ${s}.support_needs (tenant_id, supporting_div_id, needed_by, need_id);
  `);
}

export const supportNeedRows = new RowStore<SupportNeedRow>(SupportNeedView, [
  'tenantId',
  'needId',
]);
