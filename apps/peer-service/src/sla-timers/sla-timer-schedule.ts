import { type PeerRequestEvent, slaDeadlines } from '@lib/domain';
import type { InlineReadModel } from '@lib/command-transport/service';
import type { AppendingEvent } from '@lib/event-store';
import { type Queryable, schemaIdentifier } from '@lib/read-models';

/**
 * The SLA timers of domain README §2, kept in PostgreSQL in the same transaction as the event that
 * schedules them: a raised request always has its timers, even if the service stops right after.
 * The domain's `slaDeadlines` says which timers an event schedules.
 */
export function slaTimerSchedule(schema: string): InlineReadModel {
  const s = schemaIdentifier(schema);
  return {
    migrate: (db) => migrateSlaTimers(db, s),
    project: async (client, events) => {
      for (const event of events) await schedule(client, s, event);
    },
  };
}

async function schedule(db: Queryable, s: string, event: AppendingEvent): Promise<void> {
  for (const timer of slaDeadlines(event as unknown as PeerRequestEvent)) {
    await db.query(
      `INSERT INTO ${s}.peer_sla_timers (tenant_id, request_id, command, due_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [event.metadata.tenantId, timer.requestId, timer.command, timer.at],
    );
  }
}

async function migrateSlaTimers(db: Queryable, s: string): Promise<void> {
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('sla-timers:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.peer_sla_timers (
      tenant_id text NOT NULL,
      request_id text NOT NULL,
      command text NOT NULL,
      due_at timestamptz NOT NULL,
      fired_at timestamptz,
      claimed_until timestamptz,
      last_error text,
      PRIMARY KEY (tenant_id, request_id, command)
    );
    CREATE INDEX IF NOT EXISTS peer_sla_timers_due
      ON ${s}.peer_sla_timers (due_at) WHERE fired_at IS NULL;
  `);
}
