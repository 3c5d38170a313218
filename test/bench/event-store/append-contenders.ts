import type { NewEvent, PgEventStore } from '@lib/event-store';
import type { Pool } from 'pg';
import { type Contender, stopwatch } from '../measure';
import { type BenchStream, leaderStreams } from './bench-events';

export interface AppendShape {
  /** Concurrent writers, each appending to streams of its own. */
  writers: number;
  appendsPerWriter: number;
  eventsPerAppend: number;
  /** Each stream gets one event before the clock starts; the timed append expects version 1. */
  existingStream?: boolean;
}

/** One side's append: to a new stream (`no_stream`) or at an expected version. */
export type Append = (
  streamId: string,
  expected: 'no_stream' | number,
  events: NewEvent[],
) => Promise<unknown>;

/** Our append path. */
export function oursAppending(store: PgEventStore, shape: AppendShape): Contender {
  return appendRound(shape, (streamId, expected, events) =>
    store.append(streamId, expected, events),
  );
}

/** The floor: the same rows in one plain unnest insert, into a table with the same columns. */
export function rawAppending(pool: Pool, table: string, shape: AppendShape): Contender {
  const sql = `INSERT INTO ${table}
       (stream_id, tenant_id, stream_version, event_id, type, schema_version, data, metadata, command_id, occurred_at)
     SELECT $1, $2, v, e, t, sv, d, m, c, o
       FROM unnest($3::bigint[], $4::uuid[], $5::text[], $6::int[], $7::jsonb[], $8::jsonb[], $9::text[], $10::timestamptz[])
         AS x(v, e, t, sv, d, m, c, o)`;
  return appendRound(shape, (streamId, expected, events) => {
    const from = expected === 'no_stream' ? 0 : expected;
    return pool.query(sql, [
      streamId,
      events[0].metadata.tenantId,
      events.map((_, i) => from + i + 1),
      events.map((event) => event.eventId),
      events.map((event) => event.type),
      events.map((event) => event.schemaVersion ?? 1),
      events.map((event) => JSON.stringify(event.data)),
      events.map((event) => JSON.stringify(event.metadata)),
      events.map((event) => event.metadata.commandId),
      events.map((event) => event.metadata.occurredAt),
    ]);
  });
}

/**
 * A plain copy of the events table's columns, defaults (recorded_at, transaction_id) and identity,
 * without its constraints and indexes and without a streams table.
 */
export async function createRawTable(pool: Pool, schema: string): Promise<string> {
  const table = `${schema}.raw_events`;
  await pool.query(
    `CREATE TABLE ${table} (LIKE ${schema}.events INCLUDING DEFAULTS INCLUDING IDENTITY)`,
  );
  return table;
}

export function appendRound(shape: AppendShape, append: Append): Contender {
  return async () => {
    const first = shape.existingStream ? 1 : 0;
    const work = Array.from({ length: shape.writers }, () =>
      leaderStreams(shape.appendsPerWriter, shape.eventsPerAppend + first, first),
    );
    // Streams that must exist are created before the clock starts.
    if (first > 0) {
      for (const { streamId, events } of work.flat())
        await append(streamId, 'no_stream', events.slice(0, first));
    }
    return stopwatch(async () => {
      await Promise.all(
        work.map(async (streams) => {
          for (const { streamId, events } of streams)
            await append(streamId, first > 0 ? first : 'no_stream', events.slice(first));
        }),
      );
      return shape.writers * shape.appendsPerWriter * shape.eventsPerAppend;
    });
  };
}

export type { BenchStream };
