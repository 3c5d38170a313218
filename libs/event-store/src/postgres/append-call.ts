import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import {
  CommandIdReusedError,
  ConcurrencyError,
  EventIdConflictError,
  InvalidAppendError,
} from '../errors';
import type { AppendedEvent, AppendResult, StreamAppend } from '../event-store';
import type { Upcasters } from '../upcasting/upcasters';

/**
 * The transaction lost a race that a fresh transaction resolves: its id is older than that of the
 * stream's last append (so its events would sort before that append in the feed), or another
 * transaction created the stream first. The whole append starts again with a newer id.
 */
export class RestartTransaction extends Error {
  override readonly name = 'RestartTransaction';
}

interface AppendedRow {
  r_stream_id: string;
  r_event_id: string;
  r_stream_version: string;
  r_global_position: string;
  r_already_stored: boolean;
}

/**
 * One call of the schema's `append_events` (migration 4): the idempotency check, the expected
 * versions, the stream rows, the events, the command row and the notification in one statement,
 * so that outside a transaction the whole append is one round trip and atomic on its own.
 */
export async function callAppend(
  db: Pool | PoolClient,
  schema: string,
  appends: StreamAppend[],
  upcasters: Upcasters,
  channel: string,
  inputHash: string | undefined,
): Promise<AppendResult[]> {
  // Streams are locked in one global order, so two multi-stream appends cannot deadlock.
  const ordered = [...appends].sort((a, b) => (a.streamId < b.streamId ? -1 : 1));
  const events = ordered.flatMap((append, k) =>
    append.events.map((event, i) => ({ event, k: k + 1, offset: i + 1, append })),
  );
  try {
    const { rows } = await db.query<AppendedRow>({
      // Named, so each connection parses and plans the call once, not at every append. A later
      // migration that changes the function's result columns must also change this name.
      name: statementName(schema),
      text: `SELECT * FROM ${schema}.append_events($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      values: [
        ordered.map((a) => a.streamId),
        ordered.map((a) => (typeof a.expected === 'number' ? 'version' : a.expected)),
        ordered.map((a) => (typeof a.expected === 'number' ? a.expected : null)),
        ordered.map((a) => a.events[0].metadata.tenantId),
        ordered.map((a) => a.events.length),
        events.map((e) => e.k),
        events.map((e) => e.offset),
        events.map(({ event }) => event.eventId),
        events.map(({ event }) => event.type),
        events.map(({ event }) => event.schemaVersion ?? upcasters.currentVersion(event.type)),
        events.map(({ event }) => JSON.stringify(event.data)),
        events.map(({ event }) => JSON.stringify(event.metadata)),
        events.map(({ event }) => event.metadata.commandId),
        events.map(({ event }) => event.metadata.occurredAt),
        inputHash ?? null,
        channel,
      ],
    });
    return appends.map((append) => resultOf(append.streamId, rows));
  } catch (error) {
    throw appendError(error, appends);
  }
}

const statementNames = new Map<string, string>();

/** One name per schema, within PostgreSQL's 63 bytes whatever the schema's length. */
function statementName(schema: string): string {
  let name = statementNames.get(schema);
  if (!name) {
    name = `append_events_${createHash('sha256').update(schema).digest('hex').slice(0, 24)}`;
    statementNames.set(schema, name);
  }
  return name;
}

function resultOf(streamId: string, rows: AppendedRow[]): AppendResult {
  const events: AppendedEvent[] = rows
    .filter((row) => row.r_stream_id === streamId)
    .map((row) => ({
      eventId: row.r_event_id,
      streamVersion: Number(row.r_stream_version),
      globalPosition: Number(row.r_global_position),
    }))
    .sort((a, b) => a.streamVersion - b.streamVersion);
  return {
    streamId,
    nextExpectedVersion: events.at(-1)?.streamVersion ?? 0,
    events,
    alreadyStored: rows[0]?.r_already_stored ?? false,
  };
}

/** The function's own SQLSTATEs as the store's errors; anything else as it came. */
function appendError(error: unknown, appends: StreamAppend[]): unknown {
  const pgError = error as { code?: string; message?: string; detail?: string };
  switch (pgError?.code) {
    case 'EV409': {
      const { streamId, actual } = JSON.parse(pgError.detail!) as {
        streamId: string;
        actual: string;
      };
      const expected = appends.find((a) => a.streamId === streamId)!.expected;
      return new ConcurrencyError(streamId, expected, actual === 'no_stream' ? actual : +actual);
    }
    case 'EV400':
      return new InvalidAppendError(pgError.message);
    case 'EV422':
      return new EventIdConflictError(pgError.detail!.split(','));
    case 'EV40R':
      return new RestartTransaction(pgError.message);
    case 'EV410': {
      const { tenantId, commandId } = JSON.parse(pgError.detail!) as Record<string, string>;
      return new CommandIdReusedError(tenantId, commandId);
    }
    default:
      return error;
  }
}
