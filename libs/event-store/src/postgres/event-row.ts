import type { NewEventMetadata, StoredEvent } from '../event-store';
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
