import { randomUUID } from 'node:crypto';
import { type EventEnvelope, prefixTopic, toCloudEventMessage, Topics } from '@lib/contracts';
import {
  kafkaClient,
  KafkaJsBatchConsumerRunner,
  KafkaJsFeedProducer,
  KafkaJsTopicAdmin,
} from '@lib/kafka';
import { createTopics, eventually, testEnvironment, uniqueName } from '@lib/testing';
import type { Message } from 'kafkajs';
import { Pool } from 'pg';
import { Gauge, Registry } from 'prom-client';
import { orgEvent } from '../../test/org-events';
import { OrgDirectory } from '../org-directory/org-directory';
import { orgDirectoryFeed } from '../org-directory/org-directory.feed';
import { TopicFeed } from './topic-feed';

const tenantId = 'tenant-feed';

function divisionRegistered(divisionId: string): EventEnvelope {
  const data = { divisionId, name: divisionId };
  return orgEvent('DivisionRegistered', `division:${tenantId}:${divisionId}`, data, tenantId);
}

function asMessage(event: EventEnvelope): Message {
  const { key, value, headers } = toCloudEventMessage(event, 'org-service');
  return { key, value, headers: { ...headers } };
}

describe("a command service's copy of the org directory, on the projection runtime", () => {
  const env = testEnvironment();
  const pool = new Pool({ connectionString: env.databaseUrl, max: 4 });
  const schema = `feed_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const topicPrefix = `${uniqueName('feed')}.`;
  const topic = prefixTopic(topicPrefix, Topics.org);
  const deadLetterTopic = `${topicPrefix}org-directory.dlq`;
  const kafka = kafkaClient({ brokers: env.kafkaBrokers, clientId: 'feed-test' });
  const admin = new KafkaJsTopicAdmin(kafka);
  const producer = kafka.producer();
  const feed = new TopicFeed(
    pool,
    new KafkaJsBatchConsumerRunner(kafka),
    new KafkaJsFeedProducer(kafka),
    admin,
    orgDirectoryFeed,
    { schema, topicPrefix, groupId: uniqueName('feed'), deadLetterTopic, numPartitions: 1 },
  );
  const directory = new OrgDirectory(pool, schema);
  const registry = new Registry();
  feed.lag.register({ gauge: (config) => new Gauge({ ...config, registers: [registry] }) });

  beforeAll(async () => {
    // One partition: every message below waits behind the ones before it.
    await createTopics(env.kafkaBrokers, [{ topic, numPartitions: 1 }]);
    await producer.connect();
    await feed.migrate();
    await feed.start();
  });
  afterAll(async () => {
    await feed.stop();
    await producer.disconnect();
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pool.end();
  });

  describe('when messages it cannot decode or apply come before a good one', () => {
    const repeated = asMessage(divisionRegistered('repeated'));
    const notText = asMessage(divisionRegistered('not-text'));
    const unappliable = orgEvent('LeaderRegistered', `leader:${tenantId}:nobody`, {}, tenantId);

    beforeAll(async () => {
      repeated.headers = { ...repeated.headers, ce_type: ['DivisionRegistered', 'ThemeDefined'] };
      notText.headers = { ...notText.headers, ce_subject: Buffer.from([0x64, 0xff, 0xfe]) };
      await producer.send({
        topic,
        messages: [
          { key: 'stray', value: 'not an event at all' },
          repeated,
          notText,
          asMessage(unappliable),
          asMessage(divisionRegistered('after')),
        ],
      });
    });

    it('parks each with its error, and the partition moves on to the good one', async () => {
      await eventually(
        async () =>
          expect(await directory.division(tenantId, 'after')).toMatchObject({ name: 'after' }),
        { timeoutMs: 45_000 },
      );
      const parked = await feed.parked.list();
      expect(parked.map(({ offset, error }) => [offset, error])).toEqual([
        ['0', expect.stringContaining("/ce_id must have required property 'ce_id'")],
        ['1', expect.stringContaining('/ce_type must appear once')],
        ['2', expect.stringContaining('/ce_subject is not UTF-8 text')],
        ['3', expect.stringContaining('null value in column')],
      ]);
      expect(parked[3]).toMatchObject({ eventId: unappliable.eventId, attempts: 3 });
      expect(await directory.division(tenantId, 'repeated')).toBeUndefined();
    });

    it('shows them in its metrics, with nothing left to read', async () => {
      const metrics = await eventually(async () => {
        const text = await registry.metrics();
        expect(text).toContain(
          `projection_lag_messages{projection="org-directory",topic="${topic}",partition="0"} 0`,
        );
        return text;
      });
      expect(metrics).toContain('projection_parked_messages{projection="org-directory"} 4');
    });

    it('sends each to its dead-letter topic', async () => {
      await eventually(async () =>
        expect(await admin.watermarks(deadLetterTopic)).toEqual([
          expect.objectContaining({ partition: 0, high: '4' }),
        ]),
      );
    });
  });
});
