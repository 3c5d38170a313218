import { type Queryable, schemaIdentifier } from '@lib/read-models';

/**
 * The runner's own tables beside a projection's read model: the event ids it applied (inbox),
 * how far it read each partition, the messages it parked, and who resolved them.
 */
export async function migrateProjectionRuntime(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('projection-runtime:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.projection_inbox (
      projection text NOT NULL,
      event_id uuid NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (projection, event_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.projection_offsets (
      projection text NOT NULL,
      topic text NOT NULL,
      partition int NOT NULL,
      next_offset bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (projection, topic, partition)
    );
    CREATE TABLE IF NOT EXISTS ${s}.parked_messages (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      projection text NOT NULL,
      topic text NOT NULL,
      partition int NOT NULL,
      "offset" bigint NOT NULL,
      event_id text,
      event_type text,
      key text,
      value text,
      headers jsonb NOT NULL,
      error text NOT NULL,
      attempts int NOT NULL,
      status text NOT NULL DEFAULT 'parked' CHECK (status IN ('parked', 'replayed', 'skipped')),
      parked_at timestamptz NOT NULL DEFAULT now(),
      resolved_at timestamptz,
      resolved_by text,
      reason text,
      UNIQUE (projection, topic, partition, "offset")
    );
    CREATE TABLE IF NOT EXISTS ${s}.projection_audit (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      projection text NOT NULL,
      action text NOT NULL,
      subject text NOT NULL,
      actor text NOT NULL,
      reason text,
      at timestamptz NOT NULL DEFAULT now()
    );
  `);
}
