import type {
  FeedProducer,
  OutgoingMessage,
  TopicAdmin,
  TopicMessages,
  TopicSpec,
} from '@lib/kafka';
import type { Pool, PoolClient } from 'pg';
import type { MetricsRegistry } from '@lib/platform';
import type { Gauge } from 'prom-client';
import type { FeedEvent, FeedPosition, ReadAllResult } from '../event-store';
import { notificationChannel, type PgEventStore } from '../postgres/pg-event-store';
import { RelayCheckpoints } from './relay-checkpoints';

const HELD_BACK_RETRY_MS = 100;
/** How soon to try again to fall asleep while appends that did not notify are still committing. */
const WAKE_LOCK_RETRY_MS = 10;

export interface RoutedMessage {
  topic: string;
  message: OutgoingMessage;
}

export interface EventRelayOptions {
  /** Names the checkpoint and the advisory lock: one active relay per name and schema. */
  name: string;
  topics: TopicSpec[];
  /** Maps an event, its data already JSON text in the current shape, onto its topic and message. */
  route: (event: FeedEvent) => RoutedMessage;
  batchSize?: number;
  /** Polling fallback for a missed notification. */
  pollIntervalMs?: number;
  /** How often a standby relay tries to take over. */
  standbyRetryMs?: number;
  /** Where the relay's lag gauge is registered (the app's MetricsRegistry). */
  metrics?: Pick<MetricsRegistry, 'gauge'>;
  log?: (message: string, error?: unknown) => void;
  /** A fault hook for tests: runs after Kafka acknowledged a batch, before its checkpoint is stored. */
  afterAcknowledged?: (events: FeedEvent[]) => Promise<void>;
}

/**
 * Publishes a service's event table (the outbox) to Kafka. One relay per service is active, the
 * one holding the advisory lock; the others wait to take over. The checkpoint is stored only
 * after Kafka acknowledged, so a crash can repeat events but never lose one.
 */
export class EventRelay {
  private readonly checkpoints: RelayCheckpoints;
  private readonly options: Required<Omit<EventRelayOptions, 'metrics' | 'afterAcknowledged'>> &
    Pick<EventRelayOptions, 'afterAcknowledged'>;
  private lockClient?: PoolClient;
  private position?: FeedPosition;
  /** The batch after the one Kafka is acknowledging, read meanwhile; sent only after that ack. */
  private next?: Promise<ReadAllResult<FeedEvent>>;
  /** The checkpoint of the last acknowledged batch, stored while the next batch is sent. */
  private checkpointing?: Promise<void>;
  private running = false;
  private connected = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** A notification that came while the relay was busy: the next sleep returns at once. */
  private notified = false;
  /** Holding the wake lock: appends notify only while the relay holds it. */
  private asleep = false;

  constructor(
    private readonly pool: Pool,
    private readonly store: PgEventStore,
    private readonly producer: FeedProducer,
    private readonly admin: TopicAdmin,
    options: EventRelayOptions,
  ) {
    this.checkpoints = new RelayCheckpoints(pool, store.schema);
    this.options = {
      batchSize: 500,
      pollIntervalMs: 1000,
      standbyRetryMs: 1000,
      log: () => undefined,
      ...options,
    };
    if (options.metrics) this.registerLag(options.metrics);
  }

  get isActive(): boolean {
    return this.lockClient !== undefined;
  }

  async start(): Promise<void> {
    await this.admin.ensureTopics(this.options.topics);
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.next?.catch(() => undefined);
    await this.checkpointed().catch(() => undefined);
    await this.releaseLock();
    if (this.connected) await this.producer.disconnect();
    this.connected = false;
  }

  /** Events stored but not yet acknowledged by Kafka: those after the checkpoint in feed order. */
  async lag(): Promise<number> {
    const position = this.position ?? (await this.checkpoints.load(this.options.name));
    return this.store.countAfter(position);
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (!(await this.holdLock())) {
          await this.sleep(this.options.standbyRetryMs);
          continue;
        }
        const published = await this.publishBatch();
        if (published === 0) {
          await this.sleep(await this.idleWait());
          await this.wakeUp();
        }
      } catch (error) {
        this.options.log(`relay ${this.options.name} failed; it steps down and retries`, error);
        await this.releaseLock();
        await this.sleep(this.options.standbyRetryMs);
      }
    }
  }

  /**
   * Falls asleep by taking the wake lock, which succeeds only once every append that skipped its
   * notification has committed; events committed by then are counted, and later appends notify.
   * Committed events that readAll held back wait only for an older transaction somewhere in the
   * cluster to end: look again soon rather than after a full polling interval.
   */
  private async idleWait(): Promise<number> {
    if (!(await this.fallAsleep()))
      return Math.min(WAKE_LOCK_RETRY_MS, this.options.pollIntervalMs);
    const waiting = this.position ? await this.store.countAfter(this.position) : 0;
    return waiting > 0
      ? Math.min(HELD_BACK_RETRY_MS, this.options.pollIntervalMs)
      : this.options.pollIntervalMs;
  }

  private async fallAsleep(): Promise<boolean> {
    const { rows } = await this.lockClient!.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
      [notificationChannel(this.store.schema)],
    );
    this.asleep = rows[0].locked;
    return this.asleep;
  }

  private async wakeUp(): Promise<void> {
    if (!this.asleep || !this.lockClient) return;
    this.asleep = false;
    await this.lockClient.query('SELECT pg_advisory_unlock(hashtext($1))', [
      notificationChannel(this.store.schema),
    ]);
  }

  private async publishBatch(): Promise<number> {
    if (!this.connected) {
      // A broker that is still starting refuses producer ids for a while: the loop retries.
      await this.producer.connect();
      this.connected = true;
    }
    this.position ??= await this.checkpoints.load(this.options.name);
    const { events, position } = await (this.next ?? this.read(this.position));
    this.next = undefined;
    if (events.length === 0) {
      await this.checkpointed();
      return 0;
    }
    const sent = this.producer.send(groupByTopic(events.map(this.options.route)));
    // Reading the next batch while Kafka acknowledges this one; batches are still sent one at a
    // time in feed order, and a checkpoint is stored only for a batch Kafka acknowledged.
    const next = this.read(position);
    next.catch(() => undefined);
    await sent;
    this.next = next;
    await this.options.afterAcknowledged?.(events);
    this.position = position;
    await this.storeCheckpoint(position);
    return events.length;
  }

  /**
   * Starts storing an acknowledged batch's checkpoint once the one before it is stored, so that
   * checkpoints only ever move forward; a failed store fails the next batch, and the relay steps
   * down (a crash before a checkpoint is stored repeats events, never loses one).
   */
  private async storeCheckpoint(position: FeedPosition): Promise<void> {
    await this.checkpointed();
    const storing = this.checkpoints.store(this.options.name, position);
    storing.catch(() => undefined);
    this.checkpointing = storing;
  }

  private async checkpointed(): Promise<void> {
    const pending = this.checkpointing;
    this.checkpointing = undefined;
    await pending;
  }

  private read(after: FeedPosition): Promise<ReadAllResult<FeedEvent>> {
    return this.store.readFeed(after, this.options.batchSize);
  }

  /** The lock lives as long as its session: a crashed relay's connection closes and frees it. */
  private async holdLock(): Promise<boolean> {
    if (this.lockClient) return true;
    const client = await this.pool.connect();
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
      [`relay:${this.store.schema}:${this.options.name}`],
    );
    if (!rows[0].locked) {
      client.release();
      return false;
    }
    client.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    client.on('error', (error) => {
      this.options.log(`relay ${this.options.name} lost its lock connection`, error);
      void this.releaseLock(error);
    });
    await client.query(`LISTEN ${notificationChannel(this.store.schema)}`);
    this.lockClient = client;
    // The checkpoint is read again on taking over: another relay may have moved it.
    this.position = undefined;
    this.options.log(`relay ${this.options.name} is active`);
    return true;
  }

  private async releaseLock(error?: Error): Promise<void> {
    const client = this.lockClient;
    if (!client) return;
    this.lockClient = undefined;
    this.position = undefined;
    this.next = undefined;
    // Closing the session below frees the wake lock too.
    this.asleep = false;
    // A checkpoint in flight lands before another relay may take over and move it.
    await this.checkpointed().catch(() => undefined);
    client.removeAllListeners('notification');
    // A broken connection is discarded; a healthy one unlocks by closing the session.
    client.release(error ?? true);
  }

  private sleep(ms: number): Promise<void> {
    if (this.notified || !this.running) {
      this.notified = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.notified = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private registerLag(metrics: Pick<MetricsRegistry, 'gauge'>): void {
    const gauge: Gauge<'relay'> = metrics.gauge({
      name: 'event_relay_lag_events',
      help: 'Events stored but not yet acknowledged by Kafka (after the checkpoint in feed order)',
      labelNames: ['relay'],
      collect: async (): Promise<void> => gauge.set({ relay: this.options.name }, await this.lag()),
    });
  }
}

function groupByTopic(routed: RoutedMessage[]): TopicMessages[] {
  const byTopic = new Map<string, OutgoingMessage[]>();
  for (const { topic, message } of routed) {
    const messages = byTopic.get(topic) ?? [];
    messages.push(message);
    byTopic.set(topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
