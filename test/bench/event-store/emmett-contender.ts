import {
  getPostgreSQLEventStore,
  type PostgresEventStore,
} from '@event-driven-io/emmett-postgresql';
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { Pool } from 'pg';
import type { Contender } from '../measure';
import { type AppendShape, appendRound } from './append-contenders';

export interface EmmettSide {
  store: PostgresEventStore;
  close(): Promise<void>;
}

/**
 * Emmett's PostgreSQL event store (`@event-driven-io/emmett-postgresql`) in a database of its
 * own, with its own schema (created by its own migration) and a pool the size of ours.
 */
export async function openEmmett(databaseUrl: string, max: number): Promise<EmmettSide> {
  const pool = new Pool({ connectionString: databaseUrl, max });
  const store = getPostgreSQLEventStore(databaseUrl, {
    connectionOptions: { pool },
    schema: { autoMigration: 'None' },
  });
  await store.schema.migrate();
  return {
    store,
    close: async () => {
      await store.close();
      await pool.end();
    },
  };
}

/** The same events (type, data, our metadata) through Emmett's documented appendToStream. */
export function emmettAppending(store: PostgresEventStore, shape: AppendShape): Contender {
  return appendRound(shape, (streamId, expected, events) =>
    store.appendToStream(
      streamId,
      events.map((event) => ({
        type: event.type,
        data: event.data as Record<string, unknown>,
        metadata: event.metadata,
      })),
      {
        expectedStreamVersion: expected === 'no_stream' ? STREAM_DOES_NOT_EXIST : BigInt(expected),
      },
    ),
  );
}
