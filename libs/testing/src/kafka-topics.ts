import { Kafka, logLevel } from 'kafkajs';

export interface TestTopic {
  topic: string;
  numPartitions?: number;
}

/**
 * Creates topics and waits until each partition has a leader: on KRaft, kafkajs fails to
 * subscribe or produce to a topic whose leaders are not elected yet.
 */
export async function createTopics(brokers: string[], topics: TestTopic[]): Promise<void> {
  const admin = new Kafka({ clientId: 'test-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.map(({ topic, numPartitions = 1 }) => ({
        topic,
        numPartitions,
        replicationFactor: 1,
      })),
    });
  } finally {
    await admin.disconnect();
  }
}
