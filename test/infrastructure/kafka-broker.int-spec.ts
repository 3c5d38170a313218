import { createTopics, eventually, testEnvironment, uniqueName } from '@lib/testing';
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';

describe('the Kafka broker the tests run against', () => {
  const { kafkaBrokers } = testEnvironment();
  const kafka = new Kafka({
    clientId: 'smoke-test',
    brokers: kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const topic = uniqueName('smoke');
  let producer: Producer;
  let consumer: Consumer;

  beforeAll(async () => {
    await createTopics(kafkaBrokers, [{ topic, numPartitions: 2 }]);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    consumer = kafka.consumer({ groupId: uniqueName('smoke-group') });
    await Promise.all([producer.connect(), consumer.connect()]);
  });

  afterAll(async () => {
    await Promise.all([producer?.disconnect(), consumer?.disconnect()]);
  });

  it('delivers what a producer sent to a consumer group, keyed messages in order', async () => {
    const sent = ['first', 'second', 'third'].map((value, i) => ({
      key: 'stream-1',
      value,
      headers: { ce_id: `event-${i}` },
    }));
    await producer.send({ topic, acks: -1, messages: sent });

    const received: { key: string; value: string; ceId: string; partition: number }[] = [];
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message, partition }) => {
        received.push({
          key: String(message.key),
          value: String(message.value),
          ceId: String(message.headers?.ce_id),
          partition,
        });
      },
    });

    await eventually(() => expect(received).toHaveLength(3), { timeoutMs: 30_000 });
    expect(received.map((m) => m.value)).toEqual(['first', 'second', 'third']);
    expect(received.map((m) => m.ceId)).toEqual(['event-0', 'event-1', 'event-2']);
    expect(new Set(received.map((m) => m.partition)).size).toBe(1);
  });

  it('records the group committed offsets on the broker', async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const groupId = (await admin.listGroups()).groups
        .map((g) => g.groupId)
        .find((g) => g.includes('smoke-group'));
      expect(groupId).toBeDefined();
      await eventually(
        async () => {
          const [{ partitions }] = await admin.fetchOffsets({ groupId: groupId!, topics: [topic] });
          const committed = partitions.reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
          expect(committed).toBe(3);
        },
        { timeoutMs: 15_000 },
      );
    } finally {
      await admin.disconnect();
    }
  });
});
