import { type Queryable, schemaIdentifier } from '@lib/read-models';

/**
 * The projection's inputs, normalised: one row per aggregate (or per fact that several events of
 * different streams need, like a division observation), written by idempotent upserts. The read
 * models are derived from these rows only, never from the order the events arrived in.
 */
export const INPUT_TABLES = [
  'in_leaders',
  'in_leader_divisions',
  'in_divisions',
  'in_division_merges',
  'in_cycles',
  'in_peer_requests',
  'in_request_redirects',
  'in_sla_breaches',
  'in_projects',
  'in_support_needs',
  'in_support_need_events',
  'in_portfolios',
  'in_collaboration_pairs',
  'in_response_hours',
  'in_response_ms',
] as const;

export async function migrateInputs(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('risk-inputs:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.in_leaders (
      tenant_id text NOT NULL,
      leader_id text NOT NULL,
      max_open int,
      deactivated boolean NOT NULL DEFAULT false,
      PRIMARY KEY (tenant_id, leader_id)
    );
    -- Every division snapshot an event recorded for a leader; org events are authoritative.
    CREATE TABLE IF NOT EXISTS ${s}.in_leader_divisions (
      tenant_id text NOT NULL,
      leader_id text NOT NULL,
      event_id text NOT NULL,
      observed_at timestamptz NOT NULL,
      division_id text NOT NULL,
      authoritative boolean NOT NULL,
      PRIMARY KEY (tenant_id, leader_id, event_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.in_divisions (
      tenant_id text NOT NULL,
      division_id text NOT NULL,
      head_id text,
      PRIMARY KEY (tenant_id, division_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.in_division_merges (
      tenant_id text NOT NULL,
      source_id text NOT NULL,
      target_id text NOT NULL,
      effective_at timestamptz NOT NULL,
      event_id text NOT NULL,
      PRIMARY KEY (tenant_id, source_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.in_cycles (
      tenant_id text NOT NULL,
      cycle_id text NOT NULL,
      status text NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      locked_event_id text,
      locked_recorded_at timestamptz,
      PRIMARY KEY (tenant_id, cycle_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.in_peer_requests (
      tenant_id text NOT NULL,
      request_id text NOT NULL,
      requester_id text NOT NULL,
      requester_div_id text NOT NULL,
      recipient_id text NOT NULL,
      recipient_div_id text NOT NULL,
      effort text NOT NULL,
      project_id text,
      raised_at timestamptz NOT NULL,
      respond_by timestamptz NOT NULL,
      due_at timestamptz NOT NULL,
      status text NOT NULL,
      -- When the current recipient got the request: raised, or redirected to them.
      recipient_since timestamptz NOT NULL,
      -- The first answer of anyone, and the current recipient's own first answer.
      first_response_at timestamptz,
      responded_at timestamptz,
      accepted boolean NOT NULL DEFAULT false,
      fulfilled_at timestamptz,
      fulfilled_by text,
      fulfilled_div_id text,
      fulfilled_event_id text,
      fulfilled_recorded_at timestamptz,
      helpfulness int,
      acknowledged_event_id text,
      acknowledged_recorded_at timestamptz,
      declined_by text,
      declined_div_id text,
      declined_at timestamptz,
      suggested_peer_id text,
      raised_event_id text NOT NULL,
      raised_recorded_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, request_id)
    );
    DROP INDEX IF EXISTS ${s}.in_peer_requests_by_divisions;
    -- A fulfilment looks for the requester's earlier declines that suggested its fulfiller.
    CREATE INDEX IF NOT EXISTS in_peer_requests_by_suggestion
      ON ${s}.in_peer_requests (tenant_id, requester_id, suggested_peer_id)
      WHERE suggested_peer_id IS NOT NULL;
    -- A decline's suggestion looks for the requester's later request its suggested peer fulfilled.
    CREATE INDEX IF NOT EXISTS in_peer_requests_by_fulfiller
      ON ${s}.in_peer_requests (tenant_id, requester_id, fulfilled_by)
      WHERE fulfilled_by IS NOT NULL;
    CREATE INDEX IF NOT EXISTS in_peer_requests_by_recipient ON ${s}.in_peer_requests (tenant_id, recipient_id);
    CREATE INDEX IF NOT EXISTS in_peer_requests_by_project ON ${s}.in_peer_requests (tenant_id, project_id);
    CREATE TABLE IF NOT EXISTS ${s}.in_request_redirects (
      tenant_id text NOT NULL,
      request_id text NOT NULL,
      hop int NOT NULL,
      from_id text NOT NULL,
      from_div_id text NOT NULL,
      to_id text NOT NULL,
      to_div_id text NOT NULL,
      at timestamptz NOT NULL,
      event_id text NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, request_id, hop)
    );
    CREATE TABLE IF NOT EXISTS ${s}.in_sla_breaches (
      tenant_id text NOT NULL,
      event_id text NOT NULL,
      event_type text NOT NULL,
      request_id text NOT NULL,
      recipient_id text NOT NULL,
      recipient_div_id text NOT NULL,
      sla_at timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, event_id)
    );
    CREATE INDEX IF NOT EXISTS in_sla_breaches_by_request ON ${s}.in_sla_breaches (tenant_id, request_id);
    CREATE TABLE IF NOT EXISTS ${s}.in_projects (
      tenant_id text NOT NULL,
      project_id text NOT NULL,
      owner_id text NOT NULL,
      home_div_id text NOT NULL,
      registered_at timestamptz NOT NULL,
      registered_event_id text NOT NULL,
      registered_recorded_at timestamptz NOT NULL,
      status_rag text,
      status_confidence int,
      status_at timestamptz,
      status_event_id text,
      status_recorded_at timestamptz,
      closed boolean NOT NULL DEFAULT false,
      PRIMARY KEY (tenant_id, project_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.in_support_needs (
      tenant_id text NOT NULL,
      need_id text NOT NULL,
      project_id text NOT NULL,
      supporting_div_id text NOT NULL,
      home_div_id text NOT NULL,
      key_contact_id text,
      capacity double precision NOT NULL,
      needed_by timestamptz NOT NULL,
      criticality text NOT NULL,
      declared_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, need_id)
    );
    CREATE INDEX IF NOT EXISTS in_support_needs_by_project ON ${s}.in_support_needs (tenant_id, project_id);
    -- The need's commitment history, one row per event of its stream: promises are never edited.
    CREATE TABLE IF NOT EXISTS ${s}.in_support_need_events (
      tenant_id text NOT NULL,
      need_id text NOT NULL,
      event_id text NOT NULL,
      stream_version int NOT NULL,
      event_type text NOT NULL,
      occurred_at timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL,
      deliver_by timestamptz,
      capacity double precision,
      reason_code text,
      PRIMARY KEY (tenant_id, event_id)
    );
    CREATE INDEX IF NOT EXISTS in_support_need_events_by_need ON ${s}.in_support_need_events (tenant_id, need_id);
    -- Each recorded division pair's totals for the collaboration matrix, changed by what each
    -- batch adds, moves or replaces: requests from the first division's leaders to the second's,
    -- and the help lines given the same way, their units summed exactly.
    CREATE TABLE IF NOT EXISTS ${s}.in_collaboration_pairs (
      tenant_id text NOT NULL,
      from_div_id text NOT NULL,
      to_div_id text NOT NULL,
      requests int NOT NULL,
      fulfilled int NOT NULL,
      sla_breaches int NOT NULL,
      answered int NOT NULL,
      lines int NOT NULL,
      units numeric NOT NULL,
      PRIMARY KEY (tenant_id, from_div_id, to_div_id)
    );
    -- The order statistic of a pair's response times: its answered requests per response time
    -- in milliseconds, and per whole hour, so a median finds its hour and then its value.
    CREATE TABLE IF NOT EXISTS ${s}.in_response_ms (
      tenant_id text NOT NULL,
      from_div_id text NOT NULL,
      to_div_id text NOT NULL,
      ms bigint NOT NULL,
      requests int NOT NULL,
      PRIMARY KEY (tenant_id, from_div_id, to_div_id, ms)
    );
    CREATE TABLE IF NOT EXISTS ${s}.in_response_hours (
      tenant_id text NOT NULL,
      from_div_id text NOT NULL,
      to_div_id text NOT NULL,
      hour bigint NOT NULL,
      requests int NOT NULL,
      PRIMARY KEY (tenant_id, from_div_id, to_div_id, hour)
    );
    CREATE TABLE IF NOT EXISTS ${s}.in_portfolios (
      tenant_id text NOT NULL,
      division_id text NOT NULL,
      cycle_id text NOT NULL,
      revision int NOT NULL,
      items jsonb NOT NULL,
      occurred_at timestamptz NOT NULL,
      event_id text NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, division_id, cycle_id)
    );
  `);
}
