import type { Kafka } from 'kafkajs';
import { type PartitionWatermark, TopicAdmin, type TopicSpec } from '../ports';

export class KafkaJsTopicAdmin extends TopicAdmin {
  constructor(private readonly kafka: Kafka) {
    super();
  }

  async ensureTopics(specs: TopicSpec[]): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = specs.filter((spec) => !existing.has(spec.topic));
      if (missing.length === 0) return;
      const { brokers } = await admin.describeCluster();
      // Three replicas where the cluster has them; one on a single-node development broker.
      const replicationFactor = Math.min(3, brokers.length);
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((spec) => ({
          topic: spec.topic,
          numPartitions: spec.numPartitions,
          replicationFactor,
          configEntries: [{ name: 'retention.ms', value: String(spec.retentionMs) }],
        })),
      });
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
}
