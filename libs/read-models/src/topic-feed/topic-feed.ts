import { type EventEnvelope, fromCloudEventMessage, type Topic } from '@lib/contracts';
import type { BatchConsumerRunner, ConsumedBatch, RunningConsumer } from '@lib/kafka';
import type { Pool } from 'pg';
import { type Queryable, schemaIdentifier } from '../queryable';

/**
 * A service's local copy of what another context publishes (the org directory, the strategic
 * projects): its tables, the inbox table its migration creates, and how an event changes them.
 */
export interface TopicFeedDefinition {
  /** Names the consumer group (per service) and the log context. */
  name: string;
  topic: Topic;
  /** A table `(event_id uuid PRIMARY KEY, …)` that `migrate` creates: the ids already applied. */
  inboxTable: string;
  migrate(db: Queryable, schema: string): Promise<void>;
  project(db: Queryable, schema: string, event: EventEnvelope): Promise<void>;
}

export interface TopicFeedOptions {
  schema: string;
  /** The topic with the deployment's prefix. */
  topic: string;
  groupId: string;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Follows one topic into a local copy. Each batch is one transaction writing the rows and the
 * applied event ids, so a redelivered batch changes nothing.
 */
export class TopicFeed {
  private consumer?: RunningConsumer;
  private readonly schema: string;

  constructor(
    private readonly pool: Pool,
    private readonly runner: BatchConsumerRunner,
    private readonly definition: TopicFeedDefinition,
    private readonly options: TopicFeedOptions,
  ) {
    this.schema = schemaIdentifier(options.schema);
  }

  migrate(): Promise<void> {
    return this.definition.migrate(this.pool, this.schema);
  }

  async start(): Promise<void> {
    this.consumer = await this.runner.run(
      {
        groupId: this.options.groupId,
        topics: [this.options.topic],
        fromBeginning: true,
        // A caught-up consumer stops within one fetch wait: a second, not kafkajs' five.
        maxWaitTimeInMs: 1_000,
      },
      (batch) => this.apply(batch),
    );
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
    this.consumer = undefined;
  }

  async apply(batch: ConsumedBatch): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const message of batch.messages) {
        const event = this.decode(message.headers, message.value);
        if (!event) continue;
        const { rowCount } = await client.query(
          `INSERT INTO ${this.schema}.${this.definition.inboxTable} (event_id) VALUES ($1) ON CONFLICT DO NOTHING`,
          [event.eventId],
        );
        if (rowCount === 1) await this.definition.project(client, this.schema, event);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    await batch.heartbeat();
  }

  private decode(headers: Record<string, string>, value: string | null): EventEnvelope | undefined {
    try {
      return fromCloudEventMessage(headers, value).envelope;
    } catch (error) {
      // Not a feed event at all: nothing the copy could learn from it.
      this.options.log?.(
        `${this.definition.name}: skipped a message that is not a feed event`,
        error,
      );
      return undefined;
    }
  }
}
