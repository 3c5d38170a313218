import { Type, type Static } from '@sinclair/typebox';
import { dateTime, id } from './events/fields';

// The envelope every stored and published event has (ARCHITECTURE.md "Event store"): the event
// store writes it, the relay maps it onto a Kafka message, consumers get it back from that message.

export const EventMetadataSchema = Type.Object(
  {
    tenantId: id('The tenant; every stream, event and read-model row belongs to exactly one.'),
    actorId: id('Who caused the event: a leader id, or the service for timer events.'),
    correlationId: id('Shared by everything one user action caused, across services.'),
    causationId: id('The command or event that directly caused this event.'),
    commandId: id("The client's idempotency key of the command that produced the event."),
    occurredAt: dateTime('When it happened in the business (`asOf` of bitemporal queries).'),
    recordedAt: Type.Optional(
      dateTime('When the event store stored it (`asKnownAt`); absent before it is stored.'),
    ),
  },
  { additionalProperties: false },
);

export type EventMetadata = Readonly<Static<typeof EventMetadataSchema>>;

export interface EventEnvelope<TType extends string = string, TData = unknown> {
  /** Unique per event (a UUID); consumers deduplicate on it, since the relay may repeat a message. */
  readonly eventId: string;
  readonly type: TType;
  /** The shape of `data`; an upcaster maps older shapes to the current one. */
  readonly schemaVersion: number;
  /** The aggregate's stream, and the Kafka key: one stream's events stay in order. */
  readonly streamId: string;
  /** The event's position in its stream, as the event store counts it. */
  readonly streamVersion: number;
  /** Position in the service's whole event table; absent before the event is stored. */
  readonly globalPosition?: number;
  readonly data: TData;
  readonly metadata: EventMetadata;
}
