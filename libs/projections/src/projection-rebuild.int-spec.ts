import { randomUUID } from 'node:crypto';
import { Topics, toCloudEventMessage } from '@lib/contracts';
import {
  kafkaClient,
  KafkaJsBatchConsumerRunner,
  KafkaJsFeedProducer,
  KafkaJsTopicAdmin,
} from '@lib/kafka';
import { createTopics, eventually, testEnvironment, uniqueName } from '@lib/testing';
import { Pool } from 'pg';
import { ProjectionLag } from './projection-lag';
import { ProjectionRebuild } from './projection-rebuild';
import { ProjectionRunner } from './projection-runner';
import { capacityProjection, declared } from './test/capacity-projection';

describe('rebuilding a projection while events keep arriving', () => {
  const env = testEnvironment();
  const pool = new Pool({ connectionString: env.databaseUrl, max: 8 });
  const prefix = `${uniqueName('rebuild')}.`;
  const topic = `${prefix}${Topics.org}`;
  const kafka = kafkaClient({ brokers: env.kafkaBrokers, clientId: 'rebuild-test' });
  const admin = new KafkaJsTopicAdmin(kafka);
  const producer = kafka.producer();
  const live = `reb_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const capacity = capacityProjection();
  const runners: ProjectionRunner[] = [];
  const runner = (schema: string, groupId = uniqueName('capacity')) => {
    const created = new ProjectionRunner(
      pool,
      capacity,
      new KafkaJsBatchConsumerRunner(kafka),
      new KafkaJsFeedProducer(kafka),
      {
        schema,
        groupId,
        topicPrefix: prefix,
        deadLetterTopic: `${prefix}capacity.dlq`,
      },
    );
    runners.push(created);
    return created;
  };
  const rows = async (schema: string) =>
    (await pool.query(`SELECT * FROM ${schema}.leader_capacity ORDER BY leader_id`)).rows;
  const caughtUp = (schema: string) =>
    eventually(
      async () => {
        const partitions = await new ProjectionLag(
          pool,
          admin,
          'capacity',
          () => [topic],
          schema,
        ).partitions();
        expect(partitions.every((p) => p.lag === 0)).toBe(true);
      },
      { timeoutMs: 45_000 },
    );

  let published = 0;
  const publishSome = async (count: number) => {
    const events = Array.from({ length: count }, () => {
      published += 1;
      return declared(`leader-${published % 7}`, (published % 20) + 1, published);
    });
    await producer.send({
      topic,
      messages: events.map((e) => toCloudEventMessage(e, 'org-service')),
    });
  };

  beforeAll(async () => {
    await createTopics(env.kafkaBrokers, [
      { topic, numPartitions: 3 },
      { topic: `${prefix}capacity.dlq` },
    ]);
    await producer.connect();
  });
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop().catch(() => undefined)));
    await producer.disconnect();
    await pool.end();
  });

  it('swaps in a read model equal to a fresh rebuild, and readers never see an empty table', async () => {
    await publishSome(50);
    const liveRunner = runner(live);
    await liveRunner.start();
    await caughtUp(live);

    const seen: number[] = [];
    let readersStop = false;
    const reader = (async () => {
      while (!readersStop) {
        seen.push(
          Number((await pool.query(`SELECT count(*) FROM ${live}.leader_capacity`)).rows[0].count),
        );
      }
    })();
    let writing = true;
    // A steady trickle, as a day's commands would be: the rebuild must catch up while it flows.
    const writer = (async () => {
      while (writing) {
        await publishSome(5);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    const report = await new ProjectionRebuild(pool, capacity, live, {
      live: liveRunner,
      admin,
      shadowRunner: (shadowSchema) => runner(shadowSchema),
    }).run('admin-1');

    writing = false;
    await writer;
    readersStop = true;
    await reader;

    expect(report.tables).toEqual([expect.objectContaining({ table: 'leader_capacity' })]);
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.min(...seen)).toBe(7);

    await caughtUp(live);
    const fresh = `${live}_fresh`;
    await runner(fresh).start();
    await caughtUp(fresh);
    expect(await rows(live)).toEqual(await rows(fresh));
    const declarations = (await rows(live)).reduce((sum, row) => sum + Number(row.declarations), 0);
    expect(declarations).toBe(published);
    const { rows: audit } = await pool.query(`SELECT action, actor FROM ${live}.projection_audit`);
    expect(audit).toEqual([{ action: 'rebuild', actor: 'admin-1' }]);
  });
});
