import type { FeedEvent, NewEventMetadata, StoredEvent } from '../event-store';
import type { Upcasters } from '../upcasting/upcasters';

export interface EventRow {
  global_position: string;
  stream_id: string;
  stream_version: string;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: NewEventMetadata;
  recorded_at: Date;
  transaction_id: string;
}

export const eventColumns =
  'global_position, stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, transaction_id::text AS transaction_id';

/** Every read goes through the upcasters: the caller only ever sees the current shape. */
export function toStoredEvent(row: EventRow, upcasters: Upcasters): StoredEvent {
  const current = upcasters.upcast(row.type, row.schema_version, row.data);
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: current.schemaVersion,
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    globalPosition: Number(row.global_position),
    transactionId: row.transaction_id,
    data: current.data,
    metadata: { ...row.metadata, recordedAt: row.recorded_at.toISOString() },
  };
}

/** A row as the relay reads it: the data as stored text, the metadata's fields as columns. */
export interface FeedRow extends Omit<EventRow, 'data' | 'metadata'> {
  data_json: string;
  tenant_id: string;
  actor_id: string;
  correlation_id: string;
  causation_id: string;
  command_id: string;
  occurred_at: string;
}

// Extracting the metadata's fields in the query spares Node a JSON parse per event; the metadata
// schema is closed (libs/contracts), so these are all of them.
export const feedColumns = `global_position, stream_id, stream_version, event_id, type, schema_version,
  data::text AS data_json, metadata->>'tenantId' AS tenant_id, metadata->>'actorId' AS actor_id,
  metadata->>'correlationId' AS correlation_id, metadata->>'causationId' AS causation_id,
  metadata->>'commandId' AS command_id, metadata->>'occurredAt' AS occurred_at, recorded_at,
  transaction_id::text AS transaction_id`;

/**
 * The stored JSON text goes out as it is when the row is in its type's current shape (PostgreSQL
 * prints jsonb with a space after ':' and ',', the same JSON value); an older shape is upcast.
 */
export function toFeedEvent(row: FeedRow, upcasters: Upcasters): FeedEvent {
  const { schemaVersion, dataJson } = currentJson(row, upcasters);
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion,
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    globalPosition: Number(row.global_position),
    transactionId: row.transaction_id,
    dataJson,
    metadata: {
      tenantId: row.tenant_id,
      actorId: row.actor_id,
      correlationId: row.correlation_id,
      causationId: row.causation_id,
      commandId: row.command_id,
      occurredAt: row.occurred_at,
      recordedAt: row.recorded_at.toISOString(),
    },
  };
}

function currentJson(
  row: FeedRow,
  upcasters: Upcasters,
): Pick<FeedEvent, 'schemaVersion' | 'dataJson'> {
  if (row.schema_version >= upcasters.currentVersion(row.type))
    return { schemaVersion: row.schema_version, dataJson: row.data_json };
  const current = upcasters.upcast(row.type, row.schema_version, JSON.parse(row.data_json));
  return { schemaVersion: current.schemaVersion, dataJson: JSON.stringify(current.data) };
}
