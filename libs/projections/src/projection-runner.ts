import { type EventEnvelope, fromCloudEventMessage, prefixTopic } from '@lib/contracts';
import {
  type BatchConsumerRunner,
  type ConsumedBatch,
  type ConsumedMessage,
  type FeedProducer,
  headerText,
  type RunningConsumer,
  storeHeaders,
} from '@lib/kafka';
import { schemaIdentifier } from '@lib/read-models';
import type { Pool, PoolClient } from 'pg';
import { openBatch, type Projection, type ProjectionBatch } from './projection';
import { migrateProjectionRuntime } from './projection-runtime.schema';

export interface ProjectionRunnerOptions {
  /** Where the read model and the runner's tables live. */
  schema: string;
  groupId: string;
  topicPrefix?: string;
  /** Attempts per message before it is parked. */
  maxAttempts?: number;
  /** Where parked messages are also sent, for whoever watches dead letters. */
  deadLetterTopic: string;
  /** Overrides of the fetch sizes and wait below (PROJECTION_FETCH). */
  fetch?: Partial<typeof PROJECTION_FETCH>;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Large fetches, so a runner catching up (a rebuild, a new projector) applies large batches: a
 * projection that derives rows once per batch does that work less often. A caught-up runner gets
 * what arrived since its last fetch, whatever the limit. A short wait makes stopping quick.
 */
export const PROJECTION_FETCH = {
  maxBytesPerPartition: 8 * 1024 * 1024,
  maxBytes: 16 * 1024 * 1024,
  maxWaitTimeInMs: 1000,
};

/** Thrown by a projection for a message it can never apply, to park it without retrying. */
export class PoisonMessage extends Error {
  override readonly name = 'PoisonMessage';
}

/**
 * Feeds a projection from the event feed. One PostgreSQL transaction per batch writes the read
 * model rows, the applied event ids and the next offsets; Kafka's offsets are committed after it.
 * A redelivered event is skipped by its id, so the effect is exactly once. A message that keeps
 * failing is parked (and sent to the dead-letter topic) and the partition moves on: a batch is
 * applied at once, and only when that fails, again message by message to find what to park.
 */
export class ProjectionRunner {
  private consumer?: RunningConsumer;
  private readonly schema: string;
  private readonly maxAttempts: number;

  constructor(
    private readonly pool: Pool,
    private readonly projection: Projection,
    private readonly consumers: BatchConsumerRunner,
    private readonly deadLetters: FeedProducer,
    private readonly options: ProjectionRunnerOptions,
  ) {
    this.schema = schemaIdentifier(options.schema);
    this.maxAttempts = options.maxAttempts ?? 3;
  }

  get topics(): string[] {
    return this.projection.topics.map((topic) =>
      prefixTopic(this.options.topicPrefix ?? '', topic),
    );
  }

  async migrate(): Promise<void> {
    await migrateProjectionRuntime(this.pool, this.schema);
    await this.projection.migrate(this.pool, this.schema);
  }

  async start(): Promise<void> {
    await this.migrate();
    await this.deadLetters.connect();
    this.consumer = await this.consumers.run(
      {
        groupId: this.options.groupId,
        topics: this.topics,
        fromBeginning: true,
        resumeAt: (topic, partition) => this.storedOffset(topic, partition),
        ...PROJECTION_FETCH,
        ...this.options.fetch,
      },
      (batch) => this.handle(batch),
    );
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
    this.consumer = undefined;
    await this.deadLetters.disconnect();
  }

  async handle(batch: ConsumedBatch): Promise<void> {
    const client = await this.pool.connect();
    // A connection that dies mid-batch (a restart, a failover) fails the batch, which Kafka redelivers.
    let broken: Error | undefined;
    const onError = (error: Error) => (broken = error);
    client.on('error', onError);
    try {
      const applied = await this.applyAtOnce(client, batch, () => broken);
      if (!applied) await this.applyOneByOne(client, batch);
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  /**
   * The usual case, every message applies: one inbox insert for the batch and no savepoint per
   * message. When one fails, the whole transaction is rolled back and false returned, so that the
   * batch is applied again one by one, each message in a savepoint, and the failing one parked.
   */
  private async applyAtOnce(
    client: PoolClient,
    batch: ConsumedBatch,
    broken: () => Error | undefined,
  ): Promise<boolean> {
    const events: EventEnvelope[] = [];
    for (const message of batch.messages) {
      try {
        events.push(fromCloudEventMessage(message.headers, message.value).envelope);
      } catch {
        return false;
      }
    }
    await client.query('BEGIN');
    try {
      const fresh = await this.claim(client, events);
      const work = await openBatch(this.projection, client, this.schema, events);
      for (const [i, event] of events.entries()) {
        // `delete`: an event delivered twice in one batch is applied once.
        if (fresh.delete(event.eventId.toLowerCase())) await work.apply(event);
        // kafkajs only heartbeats between batches: long batches would look like a dead consumer.
        if (i % 100 === 99) await batch.heartbeat();
      }
      await work.complete();
      await this.storeOffset(client, batch);
      await client.query('COMMIT');
      return true;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (broken()) throw error;
      this.options.log?.(
        `${this.projection.name}: a batch of ${events.length} from ${batch.topic}/${batch.partition} failed; applying it message by message`,
        error,
      );
      return false;
    }
  }

  /** The inbox rows of the events not applied before: their ids (as PostgreSQL spells a uuid), each once. */
  private async claim(client: PoolClient, events: readonly EventEnvelope[]): Promise<Set<string>> {
    const { rows } = await client.query<{ event_id: string }>(
      `INSERT INTO ${this.schema}.projection_inbox (projection, event_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id`,
      [this.projection.name, events.map((event) => event.eventId)],
    );
    return new Set(rows.map((row) => row.event_id));
  }

  /** Each message in a savepoint of its own, retried, and parked when it keeps failing. */
  private async applyOneByOne(client: PoolClient, batch: ConsumedBatch): Promise<void> {
    const parked: ConsumedMessage[] = [];
    try {
      await client.query('BEGIN');
      const work = await openBatch(this.projection, client, this.schema, readable(batch));
      for (const [i, message] of batch.messages.entries()) {
        const failure = await this.applyWithRetries(client, work, message);
        if (failure) {
          await this.park(client, message, failure);
          parked.push(message);
        }
        if (i % 100 === 99) await batch.heartbeat();
      }
      // Rows derived once for the whole batch; a failure here fails the batch, which is redelivered.
      await work.complete();
      await this.storeOffset(client, batch);
      await this.sendDeadLetters(parked, batch);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /** Applies one message in a savepoint of the batch, so a failure undoes only its own writes. */
  private async applyWithRetries(
    client: PoolClient,
    work: ProjectionBatch,
    message: ConsumedMessage,
  ): Promise<Error | undefined> {
    let event: EventEnvelope;
    try {
      event = fromCloudEventMessage(message.headers, message.value).envelope;
    } catch (error) {
      return error as Error;
    }
    let lastError: Error | undefined;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      await client.query('SAVEPOINT projection_message');
      try {
        const { rowCount } = await client.query(
          `INSERT INTO ${this.schema}.projection_inbox (projection, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [this.projection.name, event.eventId],
        );
        if (rowCount === 1) await work.apply(event);
        await client.query('RELEASE SAVEPOINT projection_message');
        return undefined;
      } catch (error) {
        await client.query('ROLLBACK TO SAVEPOINT projection_message');
        lastError = error as Error;
        if (error instanceof PoisonMessage) break;
        this.options.log?.(
          `${this.projection.name}: attempt ${attempt} failed for ${event.type} ${event.eventId}`,
          error,
        );
      }
    }
    return lastError;
  }

  private async park(client: PoolClient, message: ConsumedMessage, error: Error): Promise<void> {
    this.options.log?.(
      `${this.projection.name}: parked ${message.topic}/${message.partition}@${message.offset}`,
      error,
    );
    await client.query(
      `INSERT INTO ${this.schema}.parked_messages
         (projection, topic, partition, "offset", event_id, event_type, key, value, headers, error, attempts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (projection, topic, partition, "offset") DO NOTHING`,
      [
        this.projection.name,
        message.topic,
        message.partition,
        message.offset,
        headerText(message.headers, 'ce_id') ?? null,
        headerText(message.headers, 'ce_type') ?? null,
        message.key,
        message.value,
        JSON.stringify(storeHeaders(message.headers)),
        error.message,
        error instanceof PoisonMessage ? 1 : this.maxAttempts,
      ],
    );
  }

  /** Sent before the batch commits: a crash may repeat a dead letter, never lose one. */
  private async sendDeadLetters(parked: ConsumedMessage[], batch: ConsumedBatch): Promise<void> {
    if (parked.length === 0) return;
    await this.deadLetters.send([
      {
        topic: this.options.deadLetterTopic,
        messages: parked.map((message) => ({
          key: message.key ?? '',
          value: message.value ?? '',
          headers: {
            ...message.headers,
            'dlq-projection': this.projection.name,
            'dlq-topic': batch.topic,
            'dlq-partition': String(batch.partition),
            'dlq-offset': message.offset,
          },
        })),
      },
    ]);
  }

  private async storeOffset(client: PoolClient, batch: ConsumedBatch): Promise<void> {
    const next = (BigInt(batch.messages[batch.messages.length - 1].offset) + 1n).toString();
    await client.query(
      `INSERT INTO ${this.schema}.projection_offsets (projection, topic, partition, next_offset)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (projection, topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset, updated_at = now()`,
      [this.projection.name, batch.topic, batch.partition, next],
    );
  }

  private async storedOffset(topic: string, partition: number): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ next_offset: string }>(
      `SELECT next_offset FROM ${this.schema}.projection_offsets WHERE projection = $1 AND topic = $2 AND partition = $3`,
      [this.projection.name, topic, partition],
    );
    return rows[0]?.next_offset;
  }
}

/** The batch's events that can be read: the others are parked without being applied. */
function readable(batch: ConsumedBatch): EventEnvelope[] {
  return batch.messages.flatMap((message) => {
    try {
      return [fromCloudEventMessage(message.headers, message.value).envelope];
    } catch {
      return [];
    }
  });
}
