import { randomUUID } from 'node:crypto';
import type { Principal } from '@lib/auth';
import { prefixTopic, Topics } from '@lib/contracts';
import { type CommandReply } from '@lib/command-transport';
import { OrgDirectory } from '@lib/read-models';
import {
  createTopics,
  delegate,
  division,
  eventually,
  head,
  leader,
  OrgFeed,
  openCycle,
  testEnvironment,
  theme,
  uniqueName,
} from '@lib/testing';
import {
  createTestDatabase,
  ignoreTerminatedConnections,
  principal,
  type RunningCommandService,
  startCommandService,
} from '@lib/testing/command-service-harness';
import { Pool } from 'pg';
import { StrategyServiceModule } from '../src/strategy-service.module';
import { STRATEGY_SCHEMA } from '../src/strategy-service.options';

/** Finance runs projects that need Operations' support; each division has a head and a delegate. */
export const people = {
  owner: 'ana',
  financeHead: 'cfo',
  financeDelegate: 'fin-pmo',
  operationsHead: 'coo',
  operationsDelegate: 'ops-pmo',
  operationsPeer: 'ben',
} as const;

export const CYCLE = '2026-h1';

/** Finance's project, owned by Ana. */
export const ledger = {
  projectId: 'ledger',
  name: 'Ledger migration',
  ownerId: people.owner,
  homeDivisionId: 'finance',
  themeIds: ['growth'],
  tier: 'T1',
  startAt: '2026-02-01T00:00:00.000Z',
  targetAt: '2026-12-01T00:00:00.000Z',
};

/** Six FTE-weeks the ledger project needs from Operations by September. */
export function ledgerNeed(needId: string, overrides: Record<string, unknown> = {}) {
  return {
    needId,
    projectId: 'ledger',
    supportingDivisionId: 'operations',
    capacityFteWeeks: 6,
    neededBy: '2026-09-01T00:00:00.000Z',
    criticality: 'blocking',
    ...overrides,
  };
}

const organisation = [
  division('finance'),
  division('operations'),
  ...[people.owner, people.financeHead, people.financeDelegate].map((id) => leader(id, 'finance')),
  ...[people.operationsHead, people.operationsDelegate, people.operationsPeer].map((id) =>
    leader(id, 'operations'),
  ),
  head('finance', people.financeHead),
  delegate('finance', people.financeDelegate),
  head('operations', people.operationsHead),
  delegate('operations', people.operationsDelegate),
  openCycle(CYCLE, '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'),
  theme('growth', CYCLE),
  theme('resilience', CYCLE),
];

export interface StrategyServiceUnderTest {
  tenant: string;
  /** The service's topic, with this test file's prefix. */
  strategyTopic: string;
  service: RunningCommandService;
  pool: Pool;
  as(leaderId: string, ...roles: Principal['roles']): Principal;
  send(type: string, input: unknown, who: Principal, commandId?: string): Promise<CommandReply>;
  storedEvents(): Promise<number>;
  /** A stream's stored events, oldest first. */
  streamEvents(streamId: string): Promise<{ type: string; data: Record<string, unknown> }[]>;
  stop(): Promise<void>;
}

/**
 * A strategy service on a database and topics of its own, whose org directory already knows the
 * organisation above: its org events were published on the org topic and read by the service.
 */
export async function startStrategyService(name: string): Promise<StrategyServiceUnderTest> {
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const topicPrefix = `${uniqueName(name)}.`;
  const orgTopic = prefixTopic(topicPrefix, Topics.org);
  const strategyTopic = prefixTopic(topicPrefix, Topics.strategy);
  const { kafkaBrokers } = testEnvironment();
  const database = await createTestDatabase();
  const pool = new Pool({ connectionString: database.url, max: 2 });
  // One org partition: the directory then reads the facts in the order they were published.
  await createTopics(kafkaBrokers, [
    { topic: orgTopic, numPartitions: 1 },
    { topic: strategyTopic, numPartitions: 3 },
  ]);
  const service = await startCommandService(
    'strategy-service',
    (variables) => StrategyServiceModule.forRoot(variables),
    { DATABASE_URL: database.url, KAFKA_TOPIC_PREFIX: topicPrefix },
  );
  ignoreTerminatedConnections(pool, service.app.get(Pool));
  const org = await OrgFeed.connect(kafkaBrokers, orgTopic, tenant);
  await org.publish(...organisation);
  await org.disconnect();
  const directory = new OrgDirectory(pool, STRATEGY_SCHEMA);
  await eventually(
    async () => expect(await directory.themeIdsOfCycle(tenant, CYCLE)).toContain('resilience'),
    { timeoutMs: 45_000 },
  );
  return {
    tenant,
    strategyTopic,
    service,
    pool,
    as: (leaderId, ...roles) => principal(tenant, leaderId, ...roles),
    send: (type, input, who, commandId = randomUUID()) =>
      service.client.send(type, { commandId, principal: who, input }),
    storedEvents: async () =>
      (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${STRATEGY_SCHEMA}.events`))
        .rows[0].n,
    streamEvents: async (streamId) =>
      (
        await pool.query(
          `SELECT type, data FROM ${STRATEGY_SCHEMA}.events WHERE stream_id = $1 ORDER BY stream_version`,
          [streamId],
        )
      ).rows,
    stop: async () => {
      await service.stop();
      await pool.end();
      await database.drop();
    },
  };
}

export { rejection } from '@lib/testing/command-service-harness';
