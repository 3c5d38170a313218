import type { EventMetadata } from '@lib/contracts';

/** What a stream must look like for an append to go ahead. */
export type ExpectedVersion = number | 'no_stream' | 'stream_exists' | 'any';

/** The envelope's metadata (libs/contracts) as a writer gives it: the store adds recordedAt. */
export type NewEventMetadata = Omit<EventMetadata, 'recordedAt'>;

export interface NewEvent {
  eventId: string;
  type: string;
  /** The shape version the data is written in; the current one when left out. */
  schemaVersion?: number;
  data: unknown;
  metadata: NewEventMetadata;
}

/**
 * A position in a service's feed. The feed is ordered by transaction, then by global position:
 * a transaction still open can only ever commit events that sort after every position already read.
 */
export interface FeedPosition {
  readonly transactionId: string;
  readonly globalPosition: number;
}

export const START_OF_FEED: FeedPosition = Object.freeze({ transactionId: '0', globalPosition: 0 });

export interface StoredEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  streamId: string;
  streamVersion: number;
  globalPosition: number;
  transactionId: string;
  data: unknown;
  metadata: NewEventMetadata & { recordedAt: string };
}

export interface AppendedEvent {
  eventId: string;
  streamVersion: number;
  globalPosition: number;
}

export interface AppendResult {
  streamId: string;
  /** The stream's version after the append: the expected version for the next one. */
  nextExpectedVersion: number;
  events: AppendedEvent[];
  /** True when every event id was stored before: a retried append changes nothing. */
  alreadyStored: boolean;
}

export interface StreamAppend {
  streamId: string;
  expected: ExpectedVersion;
  events: NewEvent[];
}

export interface AppendOptions {
  /**
   * A digest of the input of the command whose events these are (the first event's command id).
   * The same command id appended again with another digest is refused (CommandIdReusedError).
   */
  inputHash?: string;
}

/** A command the store has events of: what it appended, and the digest of its input if known. */
export interface StoredCommand {
  inputHash: string | null;
  events: StoredEvent[];
}

export interface ReadAllResult<TEvent = StoredEvent> {
  events: TEvent[];
  /** Where the next read continues; unchanged when nothing was read. */
  position: FeedPosition;
}

/**
 * An event as the relay publishes it: its data as JSON text in the current shape, the stored
 * text itself when no upcaster applies, so the relay never parses and serialises it again.
 */
export type FeedEvent = Omit<StoredEvent, 'data'> & { dataJson: string };

/** The event store port: an append-only log of streams with optimistic concurrency. */
export abstract class EventStore {
  abstract append(
    streamId: string,
    expected: ExpectedVersion,
    events: NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult>;
  /** Appends to several streams atomically: all or none. */
  abstract appendMany(appends: StreamAppend[], options?: AppendOptions): Promise<AppendResult[]>;
  abstract readStream(streamId: string, options?: { fromVersion?: number }): Promise<StoredEvent[]>;
  /** Events after `after`, in feed order, never past an event whose transaction may still commit. */
  abstract readAll(after: FeedPosition, limit: number): Promise<ReadAllResult>;
  /** The events a command with this id appended, to answer a retried command with its first result. */
  abstract findByCommandId(tenantId: string, commandId: string): Promise<StoredEvent[]>;
  /** The command with this id, if it appended anything: its events and its input's digest. */
  abstract findCommand(tenantId: string, commandId: string): Promise<StoredCommand | undefined>;
  abstract headPosition(): Promise<number>;
  /** How many stored events come after a position in feed order. */
  abstract countAfter(position: FeedPosition): Promise<number>;
}
