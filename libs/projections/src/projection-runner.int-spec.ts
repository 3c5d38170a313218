import { randomUUID } from 'node:crypto';
import { type EventEnvelope, Topics, toCloudEventMessage } from '@lib/contracts';
import {
  kafkaClient,
  KafkaJsBatchConsumerRunner,
  KafkaJsFeedProducer,
  KafkaJsTopicAdmin,
} from '@lib/kafka';
import { createTopics, eventually, testEnvironment, uniqueName } from '@lib/testing';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { ParkedMessages } from './parked-messages';
import { ProjectionLag } from './projection-lag';
import { ProjectionRunner } from './projection-runner';
import { capacityProjection, declared } from './test/capacity-projection';

describe('the projection runner', () => {
  const env = testEnvironment();
  const pool = new Pool({ connectionString: env.databaseUrl, max: 6 });
  const prefix = `${uniqueName('projection')}.`;
  const topic = `${prefix}${Topics.org}`;
  const deadLetterTopic = `${prefix}capacity.dlq`;
  const kafka = kafkaClient({ brokers: env.kafkaBrokers, clientId: 'projection-test' });
  const producer = kafka.producer();
  const state = { fixed: false };
  const projection = capacityProjection(state);
  const runners: ProjectionRunner[] = [];
  const logged: string[] = [];
  const runner = (schema: string, groupId = uniqueName('capacity')) => {
    const created = new ProjectionRunner(
      pool,
      projection,
      new KafkaJsBatchConsumerRunner(kafka),
      new KafkaJsFeedProducer(kafka),
      {
        schema,
        groupId,
        topicPrefix: prefix,
        deadLetterTopic,
        maxAttempts: 2,
        log: (line) => logged.push(`${schema}: ${line}`),
      },
    );
    runners.push(created);
    return created;
  };
  const schema = `proj_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const rows = async (s: string) =>
    (await pool.query(`SELECT * FROM ${s}.leader_capacity ORDER BY leader_id`)).rows;

  const publish = (events: EventEnvelope[]) =>
    producer.send({ topic, messages: events.map((e) => toCloudEventMessage(e, 'org-service')) });

  beforeAll(async () => {
    await createTopics(env.kafkaBrokers, [
      { topic, numPartitions: 2 },
      { topic: deadLetterTopic, numPartitions: 1 },
    ]);
    await producer.connect();
  });
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop().catch(() => undefined)));
    await producer.disconnect();
    await pool.end();
  });

  const ada3 = declared('ada', 3);
  const ada13 = declared('ada', 13);
  const ada5 = declared('ada', 5);
  const bob4 = declared('bob', 4);

  describe('given events, one of them repeated and one it cannot apply', () => {
    beforeAll(async () => {
      await publish([ada3, ada3, bob4, ada13, ada5]);
      await runner(schema).start();
    });

    it('applies each event once and keeps the partition moving past the one it parks', async () => {
      await eventually(
        async () =>
          expect(await rows(schema)).toEqual([
            { tenant_id: 't', leader_id: 'ada', max_open: 5, declarations: 2 },
            { tenant_id: 't', leader_id: 'bob', max_open: 4, declarations: 1 },
          ]),
        { timeoutMs: 45_000 },
      );
    });

    it('parks the failing message with its error, and sends it to the dead-letter topic', async () => {
      const parked = await new ParkedMessages(pool, projection, schema).list();
      expect(parked).toEqual([
        expect.objectContaining({
          eventId: ada13.eventId,
          eventType: 'LeaderCapacityDeclared',
          error: 'cannot apply a capacity of 13',
          attempts: 2,
        }),
      ]);
      const dead: string[] = [];
      const reader = new Kafka({ brokers: env.kafkaBrokers, logLevel: logLevel.NOTHING }).consumer({
        groupId: uniqueName('dlq'),
      });
      await reader.connect();
      await reader.subscribe({ topic: deadLetterTopic, fromBeginning: true });
      await reader.run({
        eachMessage: async ({ message }) => void dead.push(String(message.headers?.ce_id)),
      });
      await eventually(() => expect(dead).toEqual([ada13.eventId]), { timeoutMs: 30_000 });
      await reader.disconnect();
    });

    it('applies the parked message once when it is replayed after the fix, and audits it', async () => {
      state.fixed = true;
      const parkedMessages = new ParkedMessages(pool, projection, schema);
      const [parked] = await parkedMessages.list();
      await parkedMessages.replay(parked.id, 'admin-1');
      await expect(parkedMessages.replay(parked.id, 'admin-1')).rejects.toThrow('already replayed');
      expect((await rows(schema))[0]).toMatchObject({ leader_id: 'ada', declarations: 3 });
      const { rows: audit } = await pool.query(
        `SELECT action, actor FROM ${schema}.projection_audit`,
      );
      expect(audit).toEqual([{ action: 'replay', actor: 'admin-1' }]);
    });

    it('reports no lag once it has read every partition', async () => {
      const lag = new ProjectionLag(
        pool,
        new KafkaJsTopicAdmin(kafka),
        'capacity',
        () => [topic],
        schema,
      );
      await eventually(async () => {
        const partitions = await lag.partitions();
        expect(partitions).toHaveLength(2);
        expect(partitions.every((p) => p.lag === 0)).toBe(true);
      });
    });
  });

  describe('when its database connection dies in the middle of a batch', () => {
    it('retries the batch and ends with the rows a clean rebuild gives', async () => {
      const crashSchema = `${schema}_crash`;
      const crashing = runner(crashSchema);
      const original = projection.apply;
      let killed = false;
      projection.apply = async (db, s, event) => {
        if (
          !killed &&
          s === crashSchema &&
          (event.data as { leaderId: string }).leaderId === 'bob'
        ) {
          killed = true;
          await db.query('SELECT pg_terminate_backend(pg_backend_pid())').catch(() => undefined);
        }
        return original(db, s, event);
      };
      await crashing.start();
      const rebuilt = `${schema}_clean`;
      await runner(rebuilt).start();
      await eventually(
        async () => {
          expect(killed).toBe(true);
          expect(await rows(crashSchema)).toEqual(await rows(rebuilt));
          expect(await rows(crashSchema)).toHaveLength(2);
        },
        { timeoutMs: 45_000 },
      );
      projection.apply = original;
    });
  });

  describe('given a batch that applies at once, with an event delivered twice in it', () => {
    it('applies the repeated event once, and the later one after it', async () => {
      const cy2 = declared('cy', 2);
      const cy7 = declared('cy', 7);
      // One send to one key: the three land in one partition, read as one batch.
      await publish([cy2, cy2, cy7]);
      const onceSchema = `${schema}_once`;
      await runner(onceSchema).start();
      await eventually(
        async () =>
          expect((await rows(onceSchema)).find((row) => row.leader_id === 'cy')).toEqual({
            tenant_id: 't',
            leader_id: 'cy',
            max_open: 7,
            declarations: 2,
          }),
        { timeoutMs: 45_000 },
      );
      // Applied at once: no attempt failed, so nothing was applied message by message.
      expect(logged.filter((line) => line.startsWith(onceSchema))).toEqual([]);
    });
  });
});
