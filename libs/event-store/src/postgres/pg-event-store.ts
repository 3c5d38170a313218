import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { InvalidAppendError } from '../errors';
import {
  type AppendOptions,
  type AppendResult,
  EventStore,
  type ExpectedVersion,
  type FeedEvent,
  type FeedPosition,
  type NewEvent,
  type ReadAllResult,
  type StoredCommand,
  type StoredEvent,
  type StreamAppend,
} from '../event-store';
import { Upcasters } from '../upcasting/upcasters';
import { callAppend, RestartTransaction } from './append-call';
import {
  eventColumns,
  type EventRow,
  feedColumns,
  type FeedRow,
  toFeedEvent,
  toStoredEvent,
} from './event-row';
import { schemaIdentifier } from './sql-identifier';
import { inTransaction, isUniqueViolation } from './transaction';

export interface PgEventStoreOptions {
  /** The service's own schema: each command service owns one. */
  schema: string;
  upcasters?: Upcasters;
  /** Attempts when a concurrent append forces the transaction to start again. */
  maxAttempts?: number;
  /**
   * Read models kept in the same transaction as the events they come from, for facts a service
   * must see at once (its own directory), never a step behind.
   */
  inlineProjections?: InlineProjection[];
}

/** An event as it is being appended: everything but what PostgreSQL sets at commit. */
export type AppendingEvent = Omit<StoredEvent, 'transactionId' | 'metadata'> & {
  metadata: NewEvent['metadata'];
};

export type InlineProjection = (client: PoolClient, events: AppendingEvent[]) => Promise<void>;

export function notificationChannel(schema: string): string {
  return `${schemaIdentifier(schema)}_events_appended`;
}

export class PgEventStore extends EventStore {
  readonly schema: string;
  private readonly upcasters: Upcasters;
  private readonly maxAttempts: number;
  private readonly inlineProjections: InlineProjection[];

  constructor(
    private readonly pool: Pool,
    options: PgEventStoreOptions,
  ) {
    super();
    this.schema = schemaIdentifier(options.schema);
    this.upcasters = options.upcasters ?? new Upcasters();
    this.maxAttempts = options.maxAttempts ?? 10;
    this.inlineProjections = options.inlineProjections ?? [];
  }

  async append(
    streamId: string,
    expected: ExpectedVersion,
    events: NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const [result] = await this.appendMany([{ streamId, expected, events }], options);
    return result;
  }

  /**
   * Without inline projections the append is one statement, atomic without a transaction of its
   * own: one round trip. Inline projections need a transaction around it and their writes.
   */
  async appendMany(appends: StreamAppend[], options: AppendOptions = {}): Promise<AppendResult[]> {
    validateAppends(appends);
    for (let attempt = 1; ; attempt++) {
      try {
        if (this.inlineProjections.length === 0)
          return await this.call(this.pool, appends, options);
        return await inTransaction(this.pool, (client) =>
          this.appendInTransaction(client, appends, options),
        );
      } catch (error) {
        // A concurrent retry of the same append stored the events first: answer as the retry does.
        const raced = isUniqueViolation(error, 'events_event_id_unique');
        const restart = error instanceof RestartTransaction;
        if ((!raced && !restart) || attempt >= this.maxAttempts) throw error;
      }
    }
  }

  /** Appends inside a transaction the caller owns, so other writes can commit with the events. */
  async appendInTransaction(
    client: PoolClient,
    appends: StreamAppend[],
    options: AppendOptions = {},
  ): Promise<AppendResult[]> {
    const results = await this.call(client, appends, options);
    if (!results[0].alreadyStored) await this.project(client, appends, results);
    return results;
  }

  private call(
    db: Pool | PoolClient,
    appends: StreamAppend[],
    options: AppendOptions,
  ): Promise<AppendResult[]> {
    const channel = notificationChannel(this.schema);
    return callAppend(db, this.schema, appends, this.upcasters, channel, options.inputHash);
  }

  private async project(
    client: PoolClient,
    appends: StreamAppend[],
    results: AppendResult[],
  ): Promise<void> {
    if (this.inlineProjections.length === 0) return;
    const events = appends.flatMap((append, k) =>
      append.events.map((event, i): AppendingEvent => {
        const { streamVersion, globalPosition } = results[k].events[i];
        const schemaVersion = event.schemaVersion ?? this.upcasters.currentVersion(event.type);
        const current = this.upcasters.upcast(event.type, schemaVersion, event.data);
        return { ...event, ...current, streamId: append.streamId, streamVersion, globalPosition };
      }),
    );
    for (const projection of this.inlineProjections) await projection(client, events);
  }

  async readStream(
    streamId: string,
    options: { fromVersion?: number } = {},
  ): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${eventColumns} FROM ${this.schema}.events
        WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version`,
      [streamId, options.fromVersion ?? 1],
    );
    return rows.map((row) => toStoredEvent(row, this.upcasters));
  }

  async readAll(after: FeedPosition, limit: number): Promise<ReadAllResult> {
    const rows = await this.feedRows<EventRow>(eventColumns, after, limit);
    return continueAfter(
      rows.map((row) => toStoredEvent(row, this.upcasters)),
      after,
    );
  }

  /** readAll as the relay publishes it: each event's data as JSON text in the current shape. */
  async readFeed(after: FeedPosition, limit: number): Promise<ReadAllResult<FeedEvent>> {
    const rows = await this.feedRows<FeedRow>(feedColumns, after, limit);
    return continueAfter(
      rows.map((row) => toFeedEvent(row, this.upcasters)),
      after,
    );
  }

  private async feedRows<TRow extends QueryResultRow>(
    columns: string,
    after: FeedPosition,
    limit: number,
  ): Promise<TRow[]> {
    // Only transactions older than the snapshot's xmin are finished; anything a transaction still
    // open may commit has a transaction id >= xmin and so sorts after every row returned here.
    // The order names the table's column: a bare name would be the select list's text alias, which
    // sorts '10' before '9' (skipping events at the next read) and cannot walk the feed's index.
    const { rows } = await this.pool.query<TRow>(
      `SELECT ${columns} FROM ${this.schema}.events e
        WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
          AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY e.transaction_id, e.global_position
        LIMIT $3`,
      [after.transactionId, after.globalPosition, limit],
    );
    return rows;
  }

  async findByCommandId(tenantId: string, commandId: string): Promise<StoredEvent[]> {
    return (await this.findCommand(tenantId, commandId))?.events ?? [];
  }

  async findCommand(tenantId: string, commandId: string): Promise<StoredCommand | undefined> {
    // One row per command names its events' positions: no index on the events for this look-up.
    const { rows } = await this.pool.query<EventRow & { input_hash: string | null }>(
      `SELECT c.input_hash, ${eventColumns} FROM ${this.schema}.commands c
         JOIN ${this.schema}.events e ON e.global_position = ANY(c.global_positions)
        WHERE c.tenant_id = $1 AND c.command_id = $2 ORDER BY e.global_position`,
      [tenantId, commandId],
    );
    if (rows.length === 0) return undefined;
    return {
      inputHash: rows[0].input_hash,
      events: rows.map((row) => toStoredEvent(row, this.upcasters)),
    };
  }

  async countAfter(position: FeedPosition): Promise<number> {
    // Feed order, not position arithmetic: concurrent transactions commit positions out of order.
    const { rows } = await this.pool.query<{ behind: string }>(
      `SELECT count(*) AS behind FROM ${this.schema}.events
        WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)`,
      [position.transactionId, position.globalPosition],
    );
    return Number(rows[0].behind);
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.pool.query<{ head: string | null }>(
      `SELECT max(global_position) AS head FROM ${this.schema}.events`,
    );
    return Number(rows[0].head ?? 0);
  }
}

function continueAfter<TEvent extends FeedPosition>(
  events: TEvent[],
  after: FeedPosition,
): ReadAllResult<TEvent> {
  const last = events.at(-1);
  const position = last
    ? { transactionId: last.transactionId, globalPosition: last.globalPosition }
    : after;
  return { events, position };
}

function validateAppends(appends: StreamAppend[]): void {
  if (appends.length === 0) throw new InvalidAppendError('nothing to append');
  const streams = new Set<string>();
  const ids = new Set<string>();
  for (const append of appends) {
    if (!append.streamId) throw new InvalidAppendError('streamId must not be empty');
    if (streams.has(append.streamId))
      throw new InvalidAppendError(`stream ${append.streamId} appears twice`);
    streams.add(append.streamId);
    if (append.events.length === 0)
      throw new InvalidAppendError(`no events for stream ${append.streamId}`);
    for (const event of append.events) {
      if (ids.has(event.eventId))
        throw new InvalidAppendError(`event id ${event.eventId} appears twice`);
      ids.add(event.eventId);
      if (event.metadata.tenantId !== append.events[0].metadata.tenantId) {
        throw new InvalidAppendError(
          `events of stream ${append.streamId} belong to different tenants`,
        );
      }
    }
  }
}
