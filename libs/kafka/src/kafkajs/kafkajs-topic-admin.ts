import type { Admin, ITopicMetadata, Kafka } from 'kafkajs';
import { type PartitionWatermark, TopicAdmin, type TopicSpec } from '../ports';

const LEADER_WAIT_MS = 30_000;
const LEADER_POLL_MS = 200;

export class KafkaJsTopicAdmin extends TopicAdmin {
  constructor(
    private readonly kafka: Kafka,
    private readonly leaderWaitMs = LEADER_WAIT_MS,
  ) {
    super();
  }

  /**
   * Apps of a new deployment start in any order and create the same topics at once, so creating
   * one that another app has just created is success; and a new topic's partitions answer
   * "unknown topic or partition" until their leaders are elected, which kafkajs' own
   * `waitForLeaders` does not retry: this waits for the leaders itself.
   */
  async ensureTopics(specs: TopicSpec[]): Promise<void> {
    if (specs.length === 0) return;
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = specs.filter((spec) => !existing.has(spec.topic));
      if (missing.length > 0) await createTopics(admin, missing);
      await this.waitForLeaders(
        admin,
        specs.map((spec) => spec.topic),
      );
    } finally {
      await admin.disconnect();
    }
  }

  async watermarks(topic: string): Promise<PartitionWatermark[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      return offsets.map(({ partition, high, low }) => ({ partition, high, low }));
    } finally {
      await admin.disconnect();
    }
  }

  private async waitForLeaders(admin: Admin, topics: string[]): Promise<void> {
    const deadline = Date.now() + this.leaderWaitMs;
    let waitingFor = 'their metadata';
    while (Date.now() < deadline) {
      try {
        const { topics: described } = await admin.fetchTopicMetadata({ topics });
        const leaderless = described.filter((topic) => !hasLeaders(topic));
        if (described.length === topics.length && leaderless.length === 0) return;
        waitingFor = `partition leaders of ${leaderless.map(({ name }) => name).join(', ')}`;
      } catch (error) {
        waitingFor = `their metadata (${error instanceof Error ? error.message : String(error)})`;
      }
      await new Promise((resolve) => setTimeout(resolve, LEADER_POLL_MS));
    }
    throw new Error(
      `Kafka topics ${topics.join(', ')} are not ready after ${this.leaderWaitMs} ms: waiting for ${waitingFor}`,
    );
  }
}

async function createTopics(admin: Admin, specs: TopicSpec[]): Promise<void> {
  const { brokers } = await admin.describeCluster();
  // Three replicas where the cluster has them; one on a single-node development broker.
  const replicationFactor = Math.min(3, brokers.length);
  try {
    // Resolves false when every topic already exists: another app created it first.
    await admin.createTopics({
      waitForLeaders: false,
      topics: specs.map((spec) => ({
        topic: spec.topic,
        numPartitions: spec.numPartitions,
        replicationFactor,
        configEntries: [{ name: 'retention.ms', value: String(spec.retentionMs) }],
      })),
    });
  } catch (error) {
    if (!onlyAlreadyExists(error)) throw error;
  }
}

function hasLeaders(topic: ITopicMetadata): boolean {
  return topic.partitions.length > 0 && topic.partitions.every(({ leader }) => leader >= 0);
}

/** Some topics created here and the others by another app at the same moment. */
function onlyAlreadyExists(error: unknown): boolean {
  const errors = (error as { errors?: { type?: string }[] }).errors;
  return (
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every(({ type }) => type === 'TOPIC_ALREADY_EXISTS')
  );
}
