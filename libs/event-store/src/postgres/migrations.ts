import type { Pool } from 'pg';
import { appendFunctionMigration } from './append-function.migration';
import { schemaIdentifier } from './sql-identifier';
import { inTransaction } from './transaction';

interface Migration {
  version: number;
  name: string;
  sql: (schema: string) => string;
}

/** Append-only: a shipped migration never changes; a change is a new migration. */
const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'event store',
    sql: (s) => `
      CREATE TABLE ${s}.streams (
        stream_id text PRIMARY KEY,
        tenant_id text NOT NULL,
        version bigint NOT NULL,
        last_transaction_id xid8 NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE ${s}.events (
        global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        stream_id text NOT NULL,
        stream_version bigint NOT NULL,
        event_id uuid NOT NULL,
        type text NOT NULL,
        schema_version int NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        tenant_id text NOT NULL,
        command_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        CONSTRAINT events_event_id_unique UNIQUE (event_id),
        CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
      );
      CREATE INDEX events_feed_order ON ${s}.events (transaction_id, global_position);
      CREATE INDEX events_by_command ON ${s}.events (tenant_id, command_id);
      CREATE FUNCTION ${s}.events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'events are append-only: % is not allowed', TG_OP; END $$;
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON ${s}.events
        FOR EACH ROW EXECUTE FUNCTION ${s}.events_are_append_only();`,
  },
  {
    version: 2,
    name: 'snapshots',
    sql: (s) => `
      CREATE TABLE ${s}.snapshots (
        stream_id text NOT NULL,
        snapshot_name text NOT NULL,
        state_version int NOT NULL,
        stream_version bigint NOT NULL,
        state jsonb NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (stream_id, snapshot_name)
      );`,
  },
  {
    version: 3,
    name: 'relay checkpoints',
    sql: (s) => `
      CREATE TABLE ${s}.relay_checkpoints (
        relay_name text PRIMARY KEY,
        transaction_id xid8 NOT NULL,
        global_position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );`,
  },
  {
    version: 4,
    name: 'append in one statement, one row per command',
    sql: appendFunctionMigration,
  },
];

/** Brings a service's event store schema up to date; safe to run from several processes at once. */
export async function migrateEventStore(pool: Pool, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await inTransaction(pool, async (client) => {
    // Concurrent starts of the same service queue here instead of racing on CREATE TABLE.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`migrations:${s}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (
        version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ version: number }>(
      `SELECT version FROM ${s}.schema_migrations`,
    );
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of MIGRATIONS.filter((m) => !applied.has(m.version))) {
      await client.query(migration.sql(s));
      await client.query(`INSERT INTO ${s}.schema_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    }
  });
}
