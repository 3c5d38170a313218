import { RowStore } from '../directory-rows';
import { PresentationView } from './presentation.entity';
import { type Queryable, schemaIdentifier } from '../queryable';
import type { PresentationRow } from './presentations.projection';

export const PRESENTATION_TABLES = ['presentations'] as const;

export async function migratePresentations(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('presentations:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.presentations (
      tenant_id text NOT NULL,
      invitation_id text NOT NULL,
      host_id text NOT NULL,
      host_div_id text NOT NULL,
      presenter_id text NOT NULL,
      presenter_div_id text NOT NULL,
      meeting_at timestamptz NOT NULL,
      topic text NOT NULL,
      status text NOT NULL,
      invited_at timestamptz NOT NULL,
      responded_at timestamptz,
      delivered_at timestamptz,
      version int NOT NULL,
      PRIMARY KEY (tenant_id, invitation_id)
    );
    CREATE INDEX IF NOT EXISTS presentations_by_host ON ${s}.presentations (tenant_id, host_id, meeting_at, invitation_id);
    CREATE INDEX IF NOT EXISTS presentations_by_presenter ON ${s}.presentations (tenant_id, presenter_id, meeting_at, invitation_id);
  `);
}

export const presentationRows = new RowStore<PresentationRow>(PresentationView, [
  'tenantId',
  'invitationId',
]);
