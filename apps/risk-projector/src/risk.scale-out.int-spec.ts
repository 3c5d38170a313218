import {
  type EventEnvelope,
  findEventDefinition,
  type Topic,
  TopicOwners,
  Topics,
  toCloudEventMessage,
} from '@lib/contracts';
import {
  kafkaClient,
  KafkaJsBatchConsumerRunner,
  KafkaJsFeedProducer,
  KafkaJsTopicAdmin,
} from '@lib/kafka';
import { ProjectionLag, ProjectionRunner } from '@lib/projections';
import { createTopics, eventually, testEnvironment, uniqueName } from '@lib/testing';
import fc from 'fast-check';
import { Pool } from 'pg';
import { EVENT_DERIVED_TABLES, riskProjection } from './risk.projection';
import { applyEvents, dropSchema, dumpTables, freshSchema } from './test/projection-database';
import { historyOf, historyShape } from './test/random-history';

// "Projection services scale out through Kafka consumer groups": two risk projector instances in
// one group share the partitions and apply batches side by side into one schema, each batch
// holding its tenants' locks; they must neither deadlock nor park anything, and end with the read
// models the same events give applied one by one. (That a second batch of a tenant waits for the
// first is shown on its own in risk.projection.int-spec: a race this test cannot time.)

const env = testEnvironment();
const owners: Readonly<Record<Topic, string>> = {
  [Topics.org]: TopicOwners.org,
  [Topics.peer]: TopicOwners.peer,
  [Topics.strategy]: TopicOwners.strategy,
  [Topics.assessment]: TopicOwners.assessment,
};

describe('two risk projector instances in one consumer group', () => {
  const pool = new Pool({ connectionString: env.databaseUrl, max: 8 });
  const kafka = kafkaClient({ brokers: env.kafkaBrokers, clientId: 'risk-scale-out' });
  const prefix = `${uniqueName('risk-scale-out')}.`;
  const projection = riskProjection();
  const runners: ProjectionRunner[] = [];
  const schemas: string[] = [];

  afterAll(async () => {
    await Promise.all(runners.map((runner) => runner.stop().catch(() => undefined)));
    for (const schema of schemas) await dropSchema(pool, schema);
    await pool.end();
  });

  it('leave the read models the same events give applied one by one', async () => {
    // Eight tenants of random histories (requests with redirects, declines naming a peer who
    // then helps, breaches, a merge, a move), seeded so that a failure can be replayed.
    const events = fc
      .sample(historyShape, { numRuns: 8, seed: 20261126 })
      .flatMap((shape, i) => historyOf(`tenant-${i}`, shape));
    const topics = projection.topics.map((topic) => `${prefix}${topic}`);
    await createTopics(env.kafkaBrokers, [
      ...topics.map((topic) => ({ topic, numPartitions: 4 })),
      { topic: `${prefix}risk.dlq`, numPartitions: 1 },
    ]);
    const producer = kafka.producer();
    await producer.connect();
    try {
      for (const topic of projection.topics) {
        const mine = events.filter((event) => topicOf(event) === topic);
        await producer.send({
          topic: `${prefix}${topic}`,
          messages: mine.map((event) => toCloudEventMessage(event, owners[topic])),
        });
      }
    } finally {
      await producer.disconnect();
    }

    const shared = await freshSchema(pool, projection);
    schemas.push(shared);
    const groupId = uniqueName('risk-scale-out');
    for (let instance = 0; instance < 2; instance++) {
      const runner = new ProjectionRunner(
        pool,
        projection,
        new KafkaJsBatchConsumerRunner(kafka),
        new KafkaJsFeedProducer(kafka),
        {
          schema: shared,
          groupId,
          topicPrefix: prefix,
          deadLetterTopic: `${prefix}risk.dlq`,
          // Small fetches: many batches, so the two instances overlap often.
          fetch: { maxBytesPerPartition: 4096, maxBytes: 8192 },
        },
      );
      runners.push(runner);
      await runner.start();
    }
    const lag = new ProjectionLag(
      pool,
      new KafkaJsTopicAdmin(kafka),
      projection.name,
      () => topics,
      shared,
    );
    await eventually(
      async () => {
        const partitions = await lag.partitions();
        expect(partitions).toHaveLength(topics.length * 4);
        expect(partitions.filter((p) => p.lag > 0)).toEqual([]);
      },
      { timeoutMs: 90_000, intervalMs: 250 },
    );
    const { rows: parked } = await pool.query(`SELECT error FROM ${shared}.parked_messages`);
    expect(parked).toEqual([]);

    const alone = await freshSchema(pool, projection);
    schemas.push(alone);
    await applyEvents(pool, projection, alone, events);
    expect(await dumpTables(pool, shared, EVENT_DERIVED_TABLES)).toEqual(
      await dumpTables(pool, alone, EVENT_DERIVED_TABLES),
    );
  }, 120_000);
});

function topicOf(event: EventEnvelope): Topic {
  const topic = findEventDefinition(event.type)?.topic;
  if (!topic) throw new Error(`${event.type} has no contract`);
  return topic;
}
