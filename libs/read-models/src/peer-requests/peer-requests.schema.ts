import { RowStore } from '../directory-rows';
import { PeerRequestView } from './peer-request.entity';
import { type Queryable, schemaIdentifier } from '../queryable';
import type { PeerRequestRow } from './peer-requests.projection';

export const PEER_REQUEST_TABLES = ['peer_requests'] as const;

export async function migratePeerRequests(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('peer-requests:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.peer_requests (
      tenant_id text NOT NULL,
      request_id text NOT NULL,
      requester_id text NOT NULL,
      requester_div_id text NOT NULL,
      recipient_id text NOT NULL,
      recipient_div_id text NOT NULL,
      previous_recipient_ids text[] NOT NULL,
      kind text NOT NULL,
      topic text NOT NULL,
      theme_ids text[] NOT NULL,
      project_id text,
      support_need_id text,
      effort text NOT NULL,
      respond_by timestamptz NOT NULL,
      due_at timestamptz NOT NULL,
      warnings text[] NOT NULL,
      status text NOT NULL,
      raised_at timestamptz NOT NULL,
      expected_by timestamptz,
      answered_at timestamptz,
      fulfilled_at timestamptz,
      closed_at timestamptz,
      decline_reason text,
      suggested_peer_id text,
      helpfulness int,
      response_sla_breached boolean NOT NULL,
      delivery_sla_breached boolean NOT NULL,
      updated_at timestamptz NOT NULL,
      version int NOT NULL,
      PRIMARY KEY (tenant_id, request_id)
    );
    CREATE INDEX IF NOT EXISTS peer_requests_inbox ON ${s}.peer_requests (tenant_id, recipient_id, raised_at, request_id);
    CREATE INDEX IF NOT EXISTS peer_requests_outbox ON ${s}.peer_requests (tenant_id, requester_id, raised_at, request_id);
  `);
}

export const peerRequestRows = new RowStore<PeerRequestRow>(PeerRequestView, [
  'tenantId',
  'requestId',
]);
