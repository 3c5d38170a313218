import type { EventEnvelope, FeedEventData, FeedEventType } from '@lib/contracts';
import type { Queryable } from '../queryable';

/** What the directory's projections read of an event: who, when, which tenant, and its data. */
export type DirectoryEvent<TData = unknown> = Readonly<{
  eventId: string;
  type: string;
  streamVersion: number;
  tenantId: string;
  occurredAt: string;
  /** When the event store stored it. */
  recordedAt: string;
  data: TData;
}>;

export type DirectoryEventOf<T extends FeedEventType> = DirectoryEvent<FeedEventData<T>>;

export function directoryEventOf(envelope: EventEnvelope): DirectoryEvent {
  return {
    eventId: envelope.eventId,
    type: envelope.type,
    streamVersion: envelope.streamVersion,
    tenantId: envelope.metadata.tenantId,
    occurredAt: new Date(envelope.metadata.occurredAt).toISOString(),
    recordedAt: new Date(
      envelope.metadata.recordedAt ?? envelope.metadata.occurredAt,
    ).toISOString(),
    data: envelope.data,
  };
}

/** Division ids that were merged away, each with the division it merged into. */
export type DivisionMerges = ReadonlyMap<string, string>;

/** A division as it is named now: a merged one answers as the division that absorbed it. */
export function currentDivision(divisionId: string, merges: DivisionMerges): string {
  let id = divisionId;
  // Bounded: a merge cycle in bad data must not hang the projection.
  for (let hops = 0; hops < 20; hops++) {
    const next = merges.get(id);
    if (next === undefined || next === id) return id;
    id = next;
  }
  return id;
}

/**
 * What a projection's writer needs: the runner's transaction, the schema, and the tenant's
 * division merges (read once per event, only by writers that place something in a division).
 */
export type DirectoryWriteContext = Readonly<{
  db: Queryable;
  schema: string;
  merges: () => Promise<DivisionMerges>;
}>;

export type DirectoryWriter = (context: DirectoryWriteContext, event: never) => Promise<void>;
