import { randomUUID } from 'node:crypto';
import { type EventEnvelope, prefixTopic, toCloudEventMessage, Topics } from '@lib/contracts';
import {
  kafkaClient,
  KafkaJsBatchConsumerRunner,
  KafkaJsFeedProducer,
  KafkaJsTopicAdmin,
} from '@lib/kafka';
import { createTopics, eventually, testEnvironment, uniqueName } from '@lib/testing';
import { Pool } from 'pg';
import { OrgDirectory } from './org-directory';
import { TopicFeed } from '../topic-feed/topic-feed';
import { orgDirectoryFeed } from './org-directory.feed';
import { projectOrgEvent } from './org-directory.projection';
import { orgEvent as anOrgEvent } from '../../test/org-events';

const tenantId = 'tenant-a';

function orgEvent(type: string, streamId: string, data: unknown, tenant = tenantId): EventEnvelope {
  return anOrgEvent(type, streamId, data, tenant);
}

describe('the org directory fed from the org topic', () => {
  const env = testEnvironment();
  const pool = new Pool({ connectionString: env.databaseUrl, max: 4 });
  const schema = `dir_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const topicPrefix = `${uniqueName('directory')}.`;
  const topic = prefixTopic(topicPrefix, Topics.org);
  const kafka = kafkaClient({ brokers: env.kafkaBrokers, clientId: 'directory-test' });
  const producer = kafka.producer();
  const feed = new TopicFeed(
    pool,
    new KafkaJsBatchConsumerRunner(kafka),
    new KafkaJsFeedProducer(kafka),
    new KafkaJsTopicAdmin(kafka),
    orgDirectoryFeed,
    {
      schema,
      topicPrefix,
      groupId: uniqueName('directory'),
      deadLetterTopic: `${topicPrefix}directory.dlq`,
      numPartitions: 2,
    },
  );
  const directory = new OrgDirectory(pool, schema);

  const history = [
    orgEvent('DivisionRegistered', 'division:tenant-a:finance', {
      divisionId: 'finance',
      name: 'Finance',
    }),
    orgEvent('DivisionRegistered', 'division:tenant-a:ops', {
      divisionId: 'ops',
      name: 'Operations',
    }),
    orgEvent('LeaderRegistered', 'leader:tenant-a:ada', {
      leaderId: 'ada',
      divisionId: 'ops',
      name: 'Ada',
      level: 'senior',
    }),
    orgEvent('LeaderCapacityDeclared', 'leader:tenant-a:ada', {
      leaderId: 'ada',
      divisionId: 'ops',
      maxOpen: 3,
    }),
    orgEvent('DivisionHeadAppointed', 'division:tenant-a:finance', {
      divisionId: 'finance',
      leaderId: 'grace',
    }),
    orgEvent('RankingDelegated', 'division:tenant-a:finance', {
      divisionId: 'finance',
      delegateId: 'alan',
    }),
    orgEvent('CycleOpened', 'planning-calendar:tenant-a', {
      cycleId: '2026-h1',
      startsAt: '2026-01-01T00:00:00.000Z',
      endsAt: '2026-07-01T00:00:00.000Z',
    }),
    orgEvent('ThemeDefined', 'theme:tenant-a:growth', {
      themeId: 'growth',
      cycleId: '2026-h1',
      name: 'Growth',
    }),
    orgEvent('DivisionsMerged', 'division:tenant-a:finance', {
      sourceIds: ['ops'],
      targetId: 'finance',
      effectiveAt: '2026-02-01T00:00:00.000Z',
    }),
    orgEvent(
      'LeaderRegistered',
      'leader:tenant-b:ada',
      { leaderId: 'ada', divisionId: 'legal', name: 'Ada B', level: 'middle' },
      'tenant-b',
    ),
  ];

  async function publish(events: EventEnvelope[]) {
    await producer.send({
      topic,
      messages: events.map((e) => ({ ...toCloudEventMessage(e, 'org-service') })),
    });
  }

  beforeAll(async () => {
    await createTopics(env.kafkaBrokers, [{ topic, numPartitions: 2 }]);
    await producer.connect();
    await feed.migrate();
    await feed.start();
    await publish(history);
  });
  afterAll(async () => {
    await feed.stop();
    await producer.disconnect();
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pool.end();
  });

  it('knows the leaders, following division merges, per tenant', async () => {
    await eventually(
      async () =>
        expect(await directory.leader(tenantId, 'ada')).toEqual({
          leaderId: 'ada',
          divisionId: 'finance',
          active: true,
          maxOpen: 3,
          focusCycleId: null,
          focusThemeIds: [],
        }),
      { timeoutMs: 45_000 },
    );
    expect((await directory.leader('tenant-b', 'ada'))?.divisionId).toBe('legal');
    expect(await directory.leader('tenant-c', 'ada')).toBeUndefined();
  });

  it('knows heads, delegates, cycles and themes', async () => {
    await eventually(
      async () =>
        expect(await directory.division(tenantId, 'finance')).toEqual({
          divisionId: 'finance',
          name: 'Finance',
          headId: 'grace',
          delegateIds: ['alan'],
          mergedInto: null,
        }),
      { timeoutMs: 45_000 },
    );
    expect(await directory.cycleAt(tenantId, '2026-03-01T00:00:00.000Z')).toMatchObject({
      cycleId: '2026-h1',
      status: 'open',
    });
    expect(await directory.cycleAt(tenantId, '2026-08-01T00:00:00.000Z')).toBeUndefined();
    expect(await directory.themeIdsOfCycle(tenantId, '2026-h1')).toEqual(['growth']);
  });

  it('applies a merge that arrives before its source division was registered', async () => {
    const tenant = 'tenant-early-merge';
    const events = [
      orgEvent(
        'DivisionsMerged',
        `division:${tenant}:finance`,
        { sourceIds: ['ops'], targetId: 'finance', effectiveAt: '2026-02-01T00:00:00.000Z' },
        tenant,
      ),
      orgEvent(
        'DivisionRegistered',
        `division:${tenant}:ops`,
        { divisionId: 'ops', name: 'Operations' },
        tenant,
      ),
      orgEvent(
        'DivisionRegistered',
        `division:${tenant}:finance`,
        { divisionId: 'finance', name: 'Finance' },
        tenant,
      ),
      orgEvent(
        'LeaderRegistered',
        `leader:${tenant}:lin`,
        { leaderId: 'lin', divisionId: 'ops', name: 'Lin', level: 'middle' },
        tenant,
      ),
    ];
    for (const event of events) await projectOrgEvent(pool, schema, event);
    expect((await directory.leader(tenant, 'lin'))?.divisionId).toBe('finance');
    expect(await directory.division(tenant, 'ops')).toMatchObject({
      name: 'Operations',
      mergedInto: 'finance',
    });
  });

  it('changes nothing when events are delivered again', async () => {
    await eventually(
      async () => expect((await directory.leader(tenantId, 'ada'))?.maxOpen).toBe(3),
      { timeoutMs: 45_000 },
    );
    const deactivated = orgEvent('LeaderDeactivated', 'leader:tenant-a:ada', {
      leaderId: 'ada',
      divisionId: 'ops',
    });
    await publish([history[3], deactivated, deactivated]);
    await eventually(async () =>
      expect((await directory.leader(tenantId, 'ada'))?.active).toBe(false),
    );
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM ${schema}.org_directory_inbox`,
    );
    expect(rows[0].n).toBe(history.length + 1);
  });
});
