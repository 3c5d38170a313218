import {
  type EventEnvelope,
  findEventDefinition,
  prefixTopic,
  type Topic,
  TopicOwners,
  Topics,
  toCloudEventMessage,
} from '@lib/contracts';
import {
  kafkaClient,
  KafkaJsFeedProducer,
  KafkaJsTopicAdmin,
  type OutgoingMessage,
  type PartitionWatermark,
  TopicAdmin,
  type TopicSpec,
} from '@lib/kafka';
import { emptyCounts, type HistoryCounts, peerHistory } from './peer-history';

/** A history published to topics of its own, and where each of their partitions ends. */
export interface PublishedFeed {
  /** Prepended to the feed topics, as `KAFKA_TOPIC_PREFIX` is in a deployment. */
  topicPrefix: string;
  /** The three feed topics, prefixed: what the risk projection subscribes to. */
  topics: string[];
  deadLetterTopic: string;
  counts: HistoryCounts;
  /** The topics' watermarks once everything was published: nothing is added after. */
  watermarks: ReadonlyMap<string, PartitionWatermark[]>;
}

// As the projector creates them (ProjectorModule): six partitions, kept forever.
const PARTITIONS = 6;

/** Publishes `events` events of a peer-request history as the relays would: CloudEvents, keyed by stream. */
export async function publishHistory(
  brokers: string[],
  topicPrefix: string,
  events: number,
  log: (line: string) => void,
): Promise<PublishedFeed> {
  const kafka = kafkaClient({ brokers, clientId: 'bench-feed' });
  const admin = new KafkaJsTopicAdmin(kafka);
  const topics = Object.values(Topics).map((topic) => prefixTopic(topicPrefix, topic));
  const deadLetterTopic = `${topicPrefix}leadership.projections.risk.dlq`;
  const spec = (topic: string, numPartitions: number): TopicSpec => ({
    topic,
    numPartitions,
    retentionMs: -1,
  });
  await admin.ensureTopics([
    ...topics.map((topic) => spec(topic, PARTITIONS)),
    spec(deadLetterTopic, 1),
  ]);
  const producer = new KafkaJsFeedProducer(kafka);
  const counts = emptyCounts();
  const started = Date.now();
  await producer.connect();
  try {
    for (const chunk of peerHistory(events, counts)) {
      await producer.send(
        [...byTopic(chunk)].map(([topic, messages]) => ({
          topic: prefixTopic(topicPrefix, topic),
          messages,
        })),
      );
      if (counts.events % 100_000 < chunk.length && counts.events < events)
        log(`  published ${counts.events} of ${events} events`);
    }
  } finally {
    await producer.disconnect();
  }
  const watermarks = new Map<string, PartitionWatermark[]>();
  for (const topic of topics) watermarks.set(topic, await admin.watermarks(topic));
  const stored = [...watermarks.values()].flat().reduce((n, w) => n + Number(w.high), 0);
  if (stored !== counts.events)
    throw new Error(`published ${counts.events} events but the topics hold ${stored}`);
  log(
    `  published ${counts.events} events (${counts.requests} requests between ${counts.leaders} leaders) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { topicPrefix, topics, deadLetterTopic, counts, watermarks };
}

function byTopic(events: readonly EventEnvelope[]): Map<Topic, OutgoingMessage[]> {
  const topics = new Map<Topic, OutgoingMessage[]>();
  for (const event of events) {
    const topic = findEventDefinition(event.type)?.topic;
    if (!topic) throw new Error(`${event.type} has no contract`);
    const owner = TopicOwners[topicName(topic)];
    const message = toCloudEventMessage(event, owner);
    const messages = topics.get(topic) ?? [];
    messages.push({ key: message.key, value: message.value, headers: { ...message.headers } });
    topics.set(topic, messages);
  }
  return topics;
}

function topicName(topic: Topic): keyof typeof Topics {
  const name = (Object.keys(Topics) as (keyof typeof Topics)[]).find((n) => Topics[n] === topic);
  if (!name) throw new Error(`${topic} is not a feed topic`);
  return name;
}

/** The watermarks taken after publishing: lag checks without a broker round trip per poll. */
export class PublishedWatermarks extends TopicAdmin {
  constructor(private readonly feed: PublishedFeed) {
    super();
  }

  async ensureTopics(): Promise<void> {
    throw new Error('the bench topics are created when the history is published');
  }

  async watermarks(topic: string): Promise<PartitionWatermark[]> {
    const watermarks = this.feed.watermarks.get(topic);
    if (!watermarks) throw new Error(`${topic} was not published by the bench`);
    return watermarks;
  }
}
