import { randomBytes } from 'node:crypto';
import type { EventEnvelope } from '@lib/contracts';
import { inTransaction } from '@lib/event-store';
import { migrateProjectionRuntime, openBatch, type Projection } from '@lib/projections';
import type { Pool, PoolClient } from 'pg';

/** A schema of its own for one scenario, migrated as the runner would. */
export async function freshSchema(pool: Pool, projection: Projection): Promise<string> {
  const schema = `risk_t_${randomBytes(5).toString('hex')}`;
  await migrateProjectionRuntime(pool, schema);
  await projection.migrate(pool, schema);
  return schema;
}

/**
 * Applies events as the runner does, each event id once (its inbox). Without `batchSizes`, in one
 * transaction, each event applied completely on its own; with them, in consecutive batches of
 * those sizes (the last one repeated), each a transaction of its own through the projection's
 * batch, as the runner applies what Kafka delivers.
 */
export async function applyEvents(
  pool: Pool,
  projection: Projection,
  schema: string,
  events: readonly EventEnvelope[],
  batchSizes?: readonly number[],
): Promise<void> {
  if (!batchSizes) {
    await inTransaction(pool, async (client) => {
      for (const event of events)
        if (await firstDelivery(client, projection, schema, event))
          await projection.apply(client, schema, event);
    });
    return;
  }
  for (let start = 0, i = 0; start < events.length; i++) {
    const size = Math.max(1, batchSizes[Math.min(i, batchSizes.length - 1)] ?? 1);
    const batch = events.slice(start, start + size);
    start += size;
    await inTransaction(pool, async (client) => {
      const work = await openBatch(projection, client, schema, batch);
      for (const event of batch)
        if (await firstDelivery(client, projection, schema, event)) await work.apply(event);
      await work.complete();
    });
  }
}

async function firstDelivery(
  client: PoolClient,
  projection: Projection,
  schema: string,
  event: EventEnvelope,
): Promise<boolean> {
  const { rowCount } = await client.query(
    `INSERT INTO ${schema}.projection_inbox (projection, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [projection.name, event.eventId],
  );
  return rowCount === 1;
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
