import type { BatchConsumerRunner, FeedProducer, TopicAdmin } from '@lib/kafka';
import { ParkedMessages, type Projection, ProjectionLag, ProjectionRunner } from '@lib/projections';
import type { Pool } from 'pg';
import { schemaIdentifier } from '../queryable';
import type { TopicFeedDefinition } from './topic-feed-definition';

export interface TopicFeedOptions {
  schema: string;
  /** The deployment's topic prefix, before the definition's topic. */
  topicPrefix?: string;
  groupId: string;
  /** Where a message the copy cannot decode or apply goes, besides the parked table. */
  deadLetterTopic: string;
  /** Partitions of the followed topic, if the feed creates it (its owner has not started yet). */
  numPartitions: number;
  /** Attempts per message before it is parked. */
  maxAttempts?: number;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Follows one topic into a local copy on the projection runtime: one transaction per batch
 * writes the rows, the applied event ids and the offsets; a message that cannot be decoded or
 * keeps failing is parked with its error (and sent to the dead-letter topic), and the partition
 * moves on. Its lag and parked messages are those of a projection named after the feed.
 */
export class TopicFeed {
  readonly runner: ProjectionRunner;
  readonly lag: ProjectionLag;
  readonly parked: ParkedMessages;

  constructor(
    pool: Pool,
    consumers: BatchConsumerRunner,
    deadLetters: FeedProducer,
    private readonly admin: TopicAdmin,
    definition: TopicFeedDefinition,
    private readonly options: TopicFeedOptions,
  ) {
    const projection = feedProjection(definition);
    this.runner = new ProjectionRunner(pool, projection, consumers, deadLetters, {
      schema: options.schema,
      groupId: options.groupId,
      topicPrefix: options.topicPrefix,
      maxAttempts: options.maxAttempts,
      deadLetterTopic: options.deadLetterTopic,
      // A copy's batches are small; a caught-up consumer stops within one fetch wait.
      fetch: { maxWaitTimeInMs: 1_000 },
      log: options.log,
    });
    this.lag = new ProjectionLag(
      pool,
      admin,
      projection.name,
      () => this.runner.topics,
      options.schema,
    );
    this.parked = new ParkedMessages(pool, projection, options.schema);
  }

  /** The copy's tables and the runtime's (inbox, offsets, parked messages) in the same schema. */
  migrate(): Promise<void> {
    return this.runner.migrate();
  }

  async start(): Promise<void> {
    // kafkajs cannot subscribe to a missing topic, nor send to one.
    await this.admin.ensureTopics([
      ...this.runner.topics.map((topic) => ({
        topic,
        numPartitions: this.options.numPartitions,
        retentionMs: -1,
      })),
      { topic: this.options.deadLetterTopic, numPartitions: 1, retentionMs: -1 },
    ]);
    await this.runner.start();
  }

  stop(): Promise<void> {
    return this.runner.stop();
  }
}

/**
 * The feed as a projection. Its own inbox stays beside the runtime's: a service that applied
 * events with the loop this replaced still skips them when its group reads them again.
 */
export function feedProjection(definition: TopicFeedDefinition): Projection {
  const inbox = (schema: string) => `${schemaIdentifier(schema)}.${definition.inboxTable}`;
  return {
    name: definition.name,
    topics: [definition.topic],
    // A copy is never rebuilt beside itself: a new consumer group reads the topic from offset 0.
    tables: [],
    migrate: definition.migrate,
    apply: async (db, schema, event) => {
      const { rowCount } = await db.query(
        `INSERT INTO ${inbox(schema)} (event_id) VALUES ($1) ON CONFLICT DO NOTHING`,
        [event.eventId],
      );
      if (rowCount === 1) await definition.project(db, schema, event);
    },
  };
}
