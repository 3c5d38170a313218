import { randomBytes } from 'node:crypto';
import { ServiceCredentials } from '@lib/auth';
import { type EventEnvelope, toCloudEventMessage, type Topic, Topics } from '@lib/contracts';
import { Clock, createPlatformApp } from '@lib/platform';
import {
  DivisionCollaborationQueries,
  LeaderSocialCapitalQueries,
  PeerLoadQueries,
  readModelDataSourceOptions,
  StrategicProjectRiskQueries,
  SupportCommitmentQueries,
} from '@lib/read-models';
import { createTopics, eventually, testEnvironment, uniqueName } from '@lib/testing';
import { createTestDatabase, TEST_SERVICE_SECRET } from '@lib/testing/command-service-harness';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { RiskProjectorModule } from './risk-projector.module';
import { RISK_SCHEMA } from './risk-projector.options';
import { workedExample } from './test/worked-example';

/** The present as the test says it is: the periodic evaluation reads it. */
class TestClock extends Clock {
  constructor(public instant: Date) {
    super();
  }

  now(): Date {
    return this.instant;
  }
}

const env = testEnvironment();
const prefix = `${uniqueName('risk-projector')}.`;
const tenant = `tenant-${randomBytes(4).toString('hex')}`;
const owners: Readonly<Record<Topic, string>> = {
  [Topics.org]: 'org-service',
  [Topics.peer]: 'peer-service',
  [Topics.strategy]: 'strategy-service',
  [Topics.assessment]: 'assessment-service',
};

describe('the risk projector', () => {
  const example = workedExample(tenant);
  const other = workedExample(`${tenant}-other`);
  const clock = new TestClock(example.evaluateAt);
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: NestFastifyApplication;
  let producer: Producer;
  let dataSource: DataSource;

  /** Each event to its own topic, keyed by stream, in the order given. */
  const publish = async (events: readonly EventEnvelope[]) => {
    for (const topic of Object.values(Topics)) {
      const mine = events.filter((event) => topicOf(event) === topic);
      if (mine.length === 0) continue;
      await producer.send({
        topic: `${prefix}${topic}`,
        messages: mine.map((event) => toCloudEventMessage(event, owners[topic])),
      });
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await createTopics(env.kafkaBrokers, [
      { topic: `${prefix}${Topics.org}`, numPartitions: 2 },
      { topic: `${prefix}${Topics.peer}`, numPartitions: 3 },
      { topic: `${prefix}${Topics.strategy}`, numPartitions: 3 },
      { topic: `${prefix}leadership.projections.risk.dlq`, numPartitions: 1 },
    ]);
    producer = new Kafka({ brokers: env.kafkaBrokers, logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    // The strategy and peer topics first, the org facts they refer to last.
    await publish([...example.before, ...other.before].reverse());
    app = await createPlatformApp(
      RiskProjectorModule.forRoot(
        {
          ...process.env,
          DATABASE_URL: database.url,
          KAFKA_BROKERS: env.kafkaBrokers.join(','),
          KAFKA_TOPIC_PREFIX: prefix,
          SERVICE_CREDENTIAL_SECRET: TEST_SERVICE_SECRET,
          REEVALUATE_INTERVAL_MS: '1000',
          LOG_LEVEL: 'warn',
        },
        { clock },
      ),
    );
    await app.listen(0, '127.0.0.1');
    dataSource = await new DataSource(
      readModelDataSourceOptions({
        readModels: 'risk',
        schema: RISK_SCHEMA,
        url: database.url,
        poolSize: 2,
      }),
    ).initialize();
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await producer?.disconnect();
    await app?.close();
    await database?.drop();
  });

  describe("given the domain README's worked example published to the feed", () => {
    it('then the periodic evaluation at T scores the project 53, on watch', async () => {
      const risk = await eventually(
        async () => {
          const found = await new StrategicProjectRiskQueries(dataSource).findProjectRisk(
            tenant,
            'p',
          );
          expect(found).toMatchObject({
            score: 53,
            band: 'watch',
            colour: 'yellow',
            ruleVersion: 1,
          });
          return found;
        },
        { timeoutMs: 60_000, intervalMs: 250 },
      );
      expect(risk?.evaluatedAt).toEqual(example.evaluateAt);
      expect(risk?.reasons.map((r) => r.code)).toEqual([
        'LOW_CAPITAL_WITH_DIVISION',
        'UNDER_PRIORITISED',
        'KEY_PEER_OVERLOADED',
      ]);
    });

    it("then the key contact's load comes from the requests raised to them", async () => {
      const kai = await new PeerLoadQueries(dataSource).findLoad(tenant, 'kai');
      expect(kai).toMatchObject({ open: 6, capacity: 5, oi: 1.2, trigger: 'capacity' });
      expect(kai?.evidence.map((e) => e.eventId).sort()).toEqual(
        example.events.loads.map((e) => e.eventId).sort(),
      );
    });

    describe('when two of the project requests to operations pass their SLA', () => {
      beforeAll(() => publish(example.breaches));

      it('then the project scores 67, at risk, for R4, R3, R1 and R5, each with its evidence', async () => {
        const risk = await eventually(
          async () => {
            const found = await new StrategicProjectRiskQueries(dataSource).findProjectRisk(
              tenant,
              'p',
            );
            expect(found).toMatchObject({ score: 67, band: 'at_risk', colour: 'red' });
            return found;
          },
          { timeoutMs: 30_000, intervalMs: 250 },
        );
        const reasons = risk?.reasons ?? [];
        expect(reasons.map((r) => [r.code, r.contribution])).toEqual([
          ['REQUESTS_PAST_SLA', 14],
          ['LOW_CAPITAL_WITH_DIVISION', 11],
          ['UNDER_PRIORITISED', 9],
          ['KEY_PEER_OVERLOADED', 8],
        ]);
        const evidence = (code: string) =>
          reasons.find((r) => r.code === code)?.evidence.map((e) => e.eventId) ?? [];
        // Evidence is oldest first; events recorded at the same instant stand in id order.
        const ids = (events: readonly EventEnvelope[]) => events.map((e) => e.eventId).sort();
        expect(evidence('REQUESTS_PAST_SLA')).toEqual(ids(example.breaches));
        expect(evidence('UNDER_PRIORITISED')).toEqual(ids(example.events.rankings));
        expect(evidence('LOW_CAPITAL_WITH_DIVISION')).toEqual([example.events.declaration.eventId]);
        expect(evidence('KEY_PEER_OVERLOADED').sort()).toEqual(ids(example.events.loads));
        for (const reason of reasons) {
          for (const cited of reason.evidence) {
            expect(cited).toEqual({
              eventId: expect.any(String),
              type: expect.any(String),
              recordedAt: expect.stringMatching(/Z$/),
            });
          }
        }
      });
    });
  });

  it('keeps the commitment ledger, the matrix and social capital per tenant', async () => {
    const commitments = await new SupportCommitmentQueries(dataSource).findCommitments(tenant);
    expect(commitments).toEqual([
      expect.objectContaining({ needId: 'n', state: 'pending', supportingDivId: 'operations' }),
    ]);
    const matrix = await new DivisionCollaborationQueries(dataSource).findMatrix(tenant);
    expect(matrix).toContainEqual(
      expect.objectContaining({
        fromDivId: 'finance',
        toDivId: 'operations',
        requests: 2,
        slaBreaches: 2,
      }),
    );
    const capital = await new LeaderSocialCapitalQueries(dataSource).findSocialCapitalOfTenant(
      tenant,
    );
    expect(capital.map((c) => c.leaderId)).toEqual(['hana', 'kai', 'lee', 'mia', 'ned', 'olga']);
    expect(capital.every((c) => c.ruleVersion === 1 && c.tenantId === tenant)).toBe(true);
    // The owner's capital with the division the project needs: DSC 0, the R3 of the example.
    expect(await new LeaderSocialCapitalQueries(dataSource).findDyads(tenant, 'olga')).toEqual([
      expect.objectContaining({ divisionId: 'operations', value: 0, hasContact: false }),
    ]);
    const otherRisk = await new StrategicProjectRiskQueries(dataSource).findProjectRisk(
      `${tenant}-other`,
      'p',
    );
    expect(otherRisk?.score).toBe(53);
  });

  it('answers the lag of every partition it reads, to a caller with a service credential', async () => {
    const token = await new ServiceCredentials(TEST_SERVICE_SECRET).issue(
      'admin-reporting',
      'risk-projector',
    );
    await eventually(async () => {
      const response = await fetch(`${await app.getUrl()}/projection/lag`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      const partitions = (await response.json()) as { lag: number }[];
      expect(partitions).toHaveLength(8);
      expect(partitions.every((p) => p.lag === 0)).toBe(true);
    });
  });

  it('rebuilds into a shadow schema that shows the same rows, the time-dependent ones included', async () => {
    const risks = new StrategicProjectRiskQueries(dataSource);
    const before = await risks.findProjectRisk(tenant, 'p');
    const loadBefore = await new PeerLoadQueries(dataSource).findLoad(tenant, 'kai');
    const token = await new ServiceCredentials(TEST_SERVICE_SECRET).issue(
      'admin-reporting',
      'risk-projector',
    );
    const response = await fetch(`${await app.getUrl()}/projection/rebuild`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(201);
    const report = (await response.json()) as { identical: boolean; tables: unknown[] };
    expect(report.identical).toBe(true);
    // Evaluated before the swap as of the live schema's last evaluation: no gap until the next.
    const after = await risks.findProjectRisk(tenant, 'p');
    expect(after).toMatchObject({ score: 67, band: 'at_risk', evaluatedAt: before?.evaluatedAt });
    expect(after?.reasons).toEqual(before?.reasons);
    expect(await new PeerLoadQueries(dataSource).findLoad(tenant, 'kai')).toMatchObject({
      open: loadBefore?.open,
      oi: loadBefore?.oi,
    });
  }, 60_000);
});

function topicOf(event: EventEnvelope): Topic {
  const [aggregate] = event.streamId.split(':');
  if (['leader', 'division', 'cycle'].includes(aggregate)) return Topics.org;
  if (['request', 'invitation'].includes(aggregate)) return Topics.peer;
  return Topics.strategy;
}
