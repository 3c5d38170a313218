import { type Queryable, schemaIdentifier } from '@lib/read-models';

/**
 * The tables the peer service keeps from its own events, in the same transaction as the events.
 * Idempotent: runs at every start; the advisory lock keeps two starting instances apart.
 */
export async function migratePeerActivity(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('peer-activity:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.peer_requests (
      tenant_id text NOT NULL,
      request_id text NOT NULL,
      requester_id text NOT NULL,
      asked_recipient_id text NOT NULL,
      recipient_id text NOT NULL,
      effort text NOT NULL,
      weight int NOT NULL,
      raised_at timestamptz NOT NULL,
      status text NOT NULL,
      PRIMARY KEY (tenant_id, request_id)
    );
    CREATE INDEX IF NOT EXISTS peer_requests_by_requester
      ON ${s}.peer_requests (tenant_id, requester_id, raised_at);
    CREATE INDEX IF NOT EXISTS peer_requests_by_recipient
      ON ${s}.peer_requests (tenant_id, recipient_id, status);
    CREATE TABLE IF NOT EXISTS ${s}.peer_request_arrivals (
      tenant_id text NOT NULL,
      request_id text NOT NULL,
      recipient_id text NOT NULL,
      weight int NOT NULL,
      arrived_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, request_id, recipient_id)
    );
    CREATE INDEX IF NOT EXISTS peer_request_arrivals_by_time
      ON ${s}.peer_request_arrivals (tenant_id, arrived_at);
    CREATE TABLE IF NOT EXISTS ${s}.peer_invitations (
      tenant_id text NOT NULL,
      invitation_id text NOT NULL,
      host_id text NOT NULL,
      presenter_id text NOT NULL,
      PRIMARY KEY (tenant_id, invitation_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.peer_mutual_themes (
      tenant_id text NOT NULL,
      mutual_theme_id text NOT NULL,
      proposer_id text NOT NULL,
      partner_id text NOT NULL,
      PRIMARY KEY (tenant_id, mutual_theme_id)
    );
  `);
}
