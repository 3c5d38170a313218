import type { EventEnvelope, FeedEventData, FeedEventType } from '@lib/contracts';

/** What a writer needs of an event: its identity for evidence, its times and its tenant. */
export interface InputEvent<TData = unknown> {
  eventId: string;
  type: string;
  streamVersion: number;
  tenantId: string;
  occurredAt: string;
  /** When the event store stored it; events on the feed always carry it. */
  recordedAt: string;
  data: TData;
}

export function inputEventOf(envelope: EventEnvelope): InputEvent {
  return {
    eventId: envelope.eventId,
    type: envelope.type,
    streamVersion: envelope.streamVersion,
    tenantId: envelope.metadata.tenantId,
    occurredAt: envelope.metadata.occurredAt,
    recordedAt: envelope.metadata.recordedAt ?? envelope.metadata.occurredAt,
    data: envelope.data,
  };
}

export function evidenceOf(event: InputEvent): {
  eventId: string;
  type: string;
  recordedAt: string;
} {
  return { eventId: event.eventId, type: event.type, recordedAt: event.recordedAt };
}

export type EventOf<T extends FeedEventType> = InputEvent<FeedEventData<T>>;
