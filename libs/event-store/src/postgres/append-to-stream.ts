import type { PoolClient } from 'pg';
import { ConcurrencyError, InvalidAppendError } from '../errors';
import type { AppendResult, ExpectedVersion, StreamAppend } from '../event-store';
import type { Upcasters } from '../upcasting/upcasters';

/**
 * The transaction lost a race that a fresh transaction resolves: its id is older than that of the
 * stream's last append (so its events would sort before that append in the feed), or another
 * transaction created the stream first. The whole append starts again with a newer id.
 */
export class RestartTransaction extends Error {
  override readonly name = 'RestartTransaction';
}

interface LockedStream {
  version: number;
  tenantId: string;
  inOrder: boolean;
}

export async function appendToStream(
  client: PoolClient,
  schema: string,
  append: StreamAppend,
  upcasters: Upcasters,
): Promise<AppendResult> {
  const tenantId = append.events[0].metadata.tenantId;
  const stream = await lockStream(client, schema, append.streamId);
  const actual = stream?.version ?? 'no_stream';
  if (!matches(append.expected, actual))
    throw new ConcurrencyError(append.streamId, append.expected, actual);
  if (stream && stream.tenantId !== tenantId) {
    throw new InvalidAppendError(`stream ${append.streamId} belongs to another tenant`);
  }
  if (stream && !stream.inOrder) throw new RestartTransaction(append.streamId);
  if (!stream) await createStream(client, schema, append, tenantId);

  const from = stream?.version ?? 0;
  const events = await insertEvents(client, schema, append, from, upcasters);
  const nextExpectedVersion = from + append.events.length;
  await client.query(
    `UPDATE ${schema}.streams SET version = $2, last_transaction_id = pg_current_xact_id(), updated_at = now()
      WHERE stream_id = $1`,
    [append.streamId, nextExpectedVersion],
  );
  return { streamId: append.streamId, nextExpectedVersion, events, alreadyStored: false };
}

async function lockStream(
  client: PoolClient,
  schema: string,
  streamId: string,
): Promise<LockedStream | undefined> {
  const { rows } = await client.query<{ version: string; tenant_id: string; in_order: boolean }>(
    `SELECT version, tenant_id, last_transaction_id < pg_current_xact_id() AS in_order
       FROM ${schema}.streams WHERE stream_id = $1 FOR UPDATE`,
    [streamId],
  );
  const row = rows[0];
  return row && { version: Number(row.version), tenantId: row.tenant_id, inOrder: row.in_order };
}

async function createStream(
  client: PoolClient,
  schema: string,
  append: StreamAppend,
  tenantId: string,
): Promise<void> {
  // A concurrent creator of the same stream makes this insert wait for it, then do nothing.
  const { rowCount } = await client.query(
    `INSERT INTO ${schema}.streams (stream_id, tenant_id, version, last_transaction_id)
     VALUES ($1, $2, 0, pg_current_xact_id()) ON CONFLICT (stream_id) DO NOTHING`,
    [append.streamId, tenantId],
  );
  if (rowCount === 1) return;
  if (append.expected === 'any') throw new RestartTransaction(append.streamId);
  const { rows } = await client.query<{ version: string }>(
    `SELECT version FROM ${schema}.streams WHERE stream_id = $1`,
    [append.streamId],
  );
  throw new ConcurrencyError(append.streamId, append.expected, Number(rows[0]?.version ?? 0));
}

async function insertEvents(
  client: PoolClient,
  schema: string,
  append: StreamAppend,
  from: number,
  upcasters: Upcasters,
) {
  const { events } = append;
  const { rows } = await client.query<{
    event_id: string;
    stream_version: string;
    global_position: string;
  }>(
    `INSERT INTO ${schema}.events
       (stream_id, tenant_id, stream_version, event_id, type, schema_version, data, metadata, command_id, occurred_at)
     SELECT $1, $2, v, e, t, sv, d, m, c, o
       FROM unnest($3::bigint[], $4::uuid[], $5::text[], $6::int[], $7::jsonb[], $8::jsonb[], $9::text[], $10::timestamptz[])
         AS x(v, e, t, sv, d, m, c, o)
     RETURNING event_id, stream_version, global_position`,
    [
      append.streamId,
      events[0].metadata.tenantId,
      events.map((_, i) => from + i + 1),
      events.map((event) => event.eventId),
      events.map((event) => event.type),
      events.map((event) => event.schemaVersion ?? upcasters.currentVersion(event.type)),
      events.map((event) => JSON.stringify(event.data)),
      events.map((event) => JSON.stringify(event.metadata)),
      events.map((event) => event.metadata.commandId),
      events.map((event) => event.metadata.occurredAt),
    ],
  );
  return rows
    .map((row) => ({
      eventId: row.event_id,
      streamVersion: Number(row.stream_version),
      globalPosition: Number(row.global_position),
    }))
    .sort((a, b) => a.streamVersion - b.streamVersion);
}

/** A numeric 0 means the same as no_stream: the version of a stream with no events. */
function matches(expected: ExpectedVersion, actual: number | 'no_stream'): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === 'no_stream';
    case 'stream_exists':
      return actual !== 'no_stream';
    default:
      return expected === (actual === 'no_stream' ? 0 : actual);
  }
}
