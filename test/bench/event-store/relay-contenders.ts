import { performance } from 'node:perf_hooks';
import {
  EventRelay,
  type FeedPosition,
  feedRoute,
  type PgEventStore,
  RelayCheckpoints,
  type RoutedMessage,
  START_OF_FEED,
} from '@lib/event-store';
import { kafkaClient, KafkaJsFeedProducer, KafkaJsTopicAdmin, type TopicSpec } from '@lib/kafka';
import { Kafka, logLevel, type Message } from 'kafkajs';
import type { Pool } from 'pg';
import { type Contender, stopwatch } from '../measure';
import { leaderStreams } from './bench-events';

export interface RelayShape {
  brokers: string[];
  /** The relay's topics come from feedRoute with this prefix. */
  topicPrefix: string;
  topics: TopicSpec[];
  batchSize: number;
  /** A relay that has not caught up by then is broken, not slow. */
  timeoutMs: number;
  log: (line: string, error?: unknown) => void;
}

/**
 * Fills the store with `events` events in streams of ten, outside any measurement. Four
 * transactions append at once, so the feed interleaves as it does under load.
 */
export async function appendFeed(store: PgEventStore, events: number): Promise<void> {
  const streams = leaderStreams(Math.ceil(events / 10), 10);
  const transactions = Array.from({ length: Math.ceil(streams.length / 50) }, (_, i) =>
    streams.slice(i * 50, (i + 1) * 50),
  );
  for (let i = 0; i < transactions.length; i += 4) {
    await Promise.all(
      transactions
        .slice(i, i + 4)
        .map((chunk) =>
          store.appendMany(chunk.map((s) => ({ ...s, expected: 'no_stream' as const }))),
        ),
    );
  }
}

export interface RoutedFeed {
  /**
   * The relay's messages for the whole feed, read as the relay reads it (readFeed) and built once
   * with feedRoute: the baseline sends the same bytes.
   */
  routed: RoutedMessage[];
  /** The position of the feed's last event: where a relay that published everything stands. */
  end: FeedPosition;
}

/**
 * The whole feed of `events` events. A transaction open anywhere on the server holds the feed
 * back (readAll's snapshot check), so an empty read before the end waits and reads again.
 */
export async function routedFeed(
  store: PgEventStore,
  shape: RelayShape,
  events: number,
): Promise<RoutedFeed> {
  const route = feedRoute({ source: 'org-service', topicPrefix: shape.topicPrefix });
  const routed: RoutedMessage[] = [];
  const deadline = performance.now() + shape.timeoutMs;
  for (let position = START_OF_FEED; ;) {
    const batch = await store.readFeed(position, 5000);
    if (batch.events.length === 0 && routed.length >= events) return { routed, end: position };
    if (performance.now() > deadline)
      throw new Error(`the feed stayed held back at ${routed.length}`);
    if (batch.events.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    routed.push(...batch.events.map(route));
    position = batch.position;
  }
}

/** A relay from an empty checkpoint (a new name each round) until its checkpoint is the feed's end. */
export function oursRelaying(
  pool: Pool,
  store: PgEventStore,
  feed: RoutedFeed,
  shape: RelayShape,
): Contender {
  const checkpoints = new RelayCheckpoints(pool, store.schema);
  let round = 0;
  return async () => {
    const name = `bench-relay-${++round}`;
    const kafka = kafkaClient({ brokers: shape.brokers, clientId: 'org-service' });
    const relay = new EventRelay(
      pool,
      store,
      new KafkaJsFeedProducer(kafka),
      new KafkaJsTopicAdmin(kafka),
      {
        name,
        topics: shape.topics,
        route: feedRoute({ source: 'org-service', topicPrefix: shape.topicPrefix }),
        batchSize: shape.batchSize,
        log: shape.log,
      },
    );
    try {
      return await stopwatch(async () => {
        await relay.start();
        await reached(() => checkpoints.load(name), feed.end, shape.timeoutMs);
        return feed.routed.length;
      });
    } finally {
      await relay.stop();
    }
  };
}

/** Plain kafkajs: an idempotent producer (acks -1, one request in flight), batch after batch. */
export function rawProducing(
  messages: Message[],
  topic: string,
  shape: Pick<RelayShape, 'brokers' | 'batchSize'>,
): Contender {
  const batches = Array.from({ length: Math.ceil(messages.length / shape.batchSize) }, (_, i) =>
    messages.slice(i * shape.batchSize, (i + 1) * shape.batchSize),
  );
  return async () => {
    const kafka = new Kafka({ brokers: shape.brokers, clientId: 'raw', logLevel: logLevel.ERROR });
    const producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    try {
      return await stopwatch(async () => {
        await producer.connect();
        for (const batch of batches) await producer.send({ topic, acks: -1, messages: batch });
        return messages.length;
      });
    } finally {
      await producer.disconnect();
    }
  };
}

/**
 * Polls the stored checkpoint rather than relay.lag(): lag is head position minus checkpoint,
 * and global positions do not follow feed order when transactions interleave, so it can read 0
 * before the last batch (and stay above 0 after it).
 */
/**
 * A broker that has just started answers "coordinator is loading" to the first producer-id
 * requests; one quiet idempotent connect gets that over with before anything is timed.
 */
export async function producerIdsReady(brokers: string[]): Promise<void> {
  const kafka = new Kafka({ brokers, clientId: 'bench-warm-up', logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  await producer.disconnect();
}

async function reached(
  checkpoint: () => Promise<FeedPosition>,
  end: FeedPosition,
  timeoutMs: number,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const { transactionId, globalPosition } = await checkpoint();
    if (transactionId === end.transactionId && globalPosition === end.globalPosition) return;
    if (performance.now() > deadline) {
      throw new Error(`the relay did not catch up within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
