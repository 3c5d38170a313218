import { randomBytes } from 'node:crypto';
import type { EventEnvelope } from '@lib/contracts';
import { migrateProjectionRuntime, type Projection } from '@lib/projections';
import type { Pool } from 'pg';

/** A schema of its own for one scenario, migrated as the runner would. */
export async function freshSchema(pool: Pool, projection: Projection): Promise<string> {
  const schema = `risk_t_${randomBytes(5).toString('hex')}`;
  await migrateProjectionRuntime(pool, schema);
  await projection.migrate(pool, schema);
  return schema;
}

/** Applies events as the runner does: in one transaction, each event id once (its inbox). */
export async function applyEvents(
  pool: Pool,
  projection: Projection,
  schema: string,
  events: readonly EventEnvelope[],
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const event of events) {
      const { rowCount } = await client.query(
        `INSERT INTO ${schema}.projection_inbox (projection, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [projection.name, event.eventId],
      );
      if (rowCount === 1) await projection.apply(client, schema, event);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** Every row of each table as text, in a stable order: two read models compare as equal or not. */
export async function dumpTables(
  pool: Pool,
  schema: string,
  tables: readonly string[],
): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of tables) {
    const { rows } = await pool.query<{ row: string }>(
      `SELECT t::text AS row FROM ${schema}.${table} t ORDER BY t::text`,
    );
    dump[table] = rows.map((r) => r.row);
  }
  return dump;
}

export async function dropSchema(pool: Pool, schema: string): Promise<void> {
  await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}
