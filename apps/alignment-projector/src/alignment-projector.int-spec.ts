import { randomBytes } from 'node:crypto';
import { ServiceCredentials } from '@lib/auth';
import { type EventEnvelope, toCloudEventMessage, Topics } from '@lib/contracts';
import { createPlatformApp } from '@lib/platform';
import {
  ALIGNMENT_ENTITIES,
  CompanyAlignmentQueries,
  DivisionPairAlignmentQueries,
} from '@lib/read-models';
import { createTopics, eventually, testEnvironment, uniqueName } from '@lib/testing';
import { createTestDatabase, TEST_SERVICE_SECRET } from '@lib/testing/command-service-harness';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
// The specs' event builder of the read model, reached by path: it is test support, not public API.
import { AlignmentEventFactory } from '../../../libs/read-models/src/company-alignment/test/alignment.fixtures';
import { AlignmentProjectorModule } from './alignment-projector.module';
import { ALIGNMENT_SCHEMA } from './alignment-projector.options';

// The hand-computed company of libs/domain/src/scoring/alignment.spec.ts, published as CloudEvents
// to the feed's topics in a scrambled order and partly twice, through the projector as it runs:
//   F: pF t1 t2 n3 t3 | O: t2 t1 n1 pO t3, then t2 t1 pO t3 n1 | S: t1 n2 t3 | company t1 t2 t3
//   n1 F→O blocking 2 (w 6) | n2 F→S nice 4 (w 4) | n3 O→F important 1 (w 2)
//   after O's re-rank: PA(F,O) = 0.4725 (was 0.735), PA(F,S) = 0.628, PA(O,S) = 0.72
//   CA = (8·0.4725 + 4·0.628)/12 = 6.292/12; VA F 1, O 0.9, S 0.82

const env = testEnvironment();
const prefix = `${uniqueName('alignment-projector')}.`;
const cycle = '2026-h1';
const tenant = `tenant-${randomBytes(4).toString('hex')}`;
const n1 = { needId: 'n1', projectId: 'pF', supportingDivId: 'O' };
const n2 = { needId: 'n2', projectId: 'pF', supportingDivId: 'S' };
const n3 = { needId: 'n3', projectId: 'pO', supportingDivId: 'F' };

describe('the alignment projector', () => {
  const a = new AlignmentEventFactory(tenant, randomBytes(4).toString('hex'));
  const other = new AlignmentEventFactory(`${tenant}-other`, randomBytes(4).toString('hex'));
  const events = {
    company: a.companyRanked(cycle, 1, ['t1', 't2', 't3'], '2026-01-10T09:00:00.000Z'),
    n1: a.needDeclared(
      { ...n1, homeDivId: 'F', criticality: 'blocking', capacity: 2 },
      '2026-01-05T09:00:00.000Z',
    ),
    n2: a.needDeclared(
      { ...n2, homeDivId: 'F', criticality: 'nice', capacity: 4 },
      '2026-01-05T10:00:00.000Z',
    ),
    n3: a.needDeclared(
      { ...n3, homeDivId: 'O', criticality: 'important', capacity: 1 },
      '2026-01-06T09:00:00.000Z',
    ),
    f1: a.ranked('F', cycle, 1, 'p:pF t:t1 t:t2 n:n3 t:t3', '2026-01-12T09:00:00.000Z', 'fiona'),
    o1: a.ranked('O', cycle, 1, 't:t2 t:t1 n:n1 p:pO t:t3', '2026-01-12T10:00:00.000Z', 'oscar'),
    s1: a.ranked('S', cycle, 1, 't:t1 n:n2 t:t3', '2026-01-12T11:00:00.000Z', 'sam'),
    o2: a.ranked('O', cycle, 2, 't:t2 t:t1 p:pO t:t3 n:n1', '2026-03-03T09:00:00.000Z', 'olga'),
  };
  const otherTenant = other.ranked('F', cycle, 1, 't:t1', '2026-01-12T09:00:00.000Z');
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: NestFastifyApplication;
  let producer: Producer;
  let dataSource: DataSource;

  const publish = (topic: string, source: string, batch: EventEnvelope[]) =>
    producer.send({
      topic: `${prefix}${topic}`,
      messages: batch.map((event) => toCloudEventMessage(event, source)),
    });

  const operation = async <T = unknown[]>(path: string, token?: string) => {
    const response = await fetch(`${await app.getUrl()}/projection/${path}`, {
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: (await response.json()) as T };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await createTopics(env.kafkaBrokers, [
      { topic: `${prefix}${Topics.strategy}`, numPartitions: 3 },
      { topic: `${prefix}${Topics.org}`, numPartitions: 2 },
      // Nothing creates the dead-letter topic at start-up, and this broker does not auto-create.
      { topic: `${prefix}leadership.projections.alignment.dlq`, numPartitions: 1 },
    ]);
    app = await createPlatformApp(
      AlignmentProjectorModule.forRoot({
        ...process.env,
        DATABASE_URL: database.url,
        KAFKA_BROKERS: env.kafkaBrokers.join(','),
        KAFKA_TOPIC_PREFIX: prefix,
        SERVICE_CREDENTIAL_SECRET: TEST_SERVICE_SECRET,
        LOG_LEVEL: 'warn',
      }),
    );
    await app.listen(0, '127.0.0.1');
    producer = new Kafka({ brokers: env.kafkaBrokers, logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    // The re-rank and the rankings before the needs they rank, the company last, some twice.
    const { company, f1, o1, s1, o2 } = events;
    await publish(Topics.strategy, 'strategy-service', [o1, o2, s1, f1, otherTenant]);
    await publish(Topics.strategy, 'strategy-service', [
      events.n3,
      events.n2,
      events.n1,
      o2,
      company,
    ]);
    await publish(Topics.strategy, 'strategy-service', [f1, events.n1]);
    // A cycle closing of another cycle reaches the org topic and changes nothing here.
    await publish(Topics.org, 'org-service', [
      a.cycleClosed('2025-h2', '2025-12-31T18:00:00.000Z'),
    ]);
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      schema: ALIGNMENT_SCHEMA,
      entities: [...ALIGNMENT_ENTITIES],
      poolSize: 2,
    }).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await producer?.disconnect();
    await app?.close();
    await database?.drop();
  });

  it('projects the hand-computed company alignment, whatever order the events came in', async () => {
    const queries = new CompanyAlignmentQueries(dataSource);
    const view = await eventually(
      async () => {
        const found = await queries.findCompanyAlignment(tenant, cycle);
        expect(found?.company.horizontal).toBeCloseTo(6.292 / 12, 12);
        return found;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(view?.company.worstPairs.map((p) => `${p.divisionA}-${p.divisionB}`)).toEqual([
      'F-O',
      'F-S',
      'O-S',
    ]);
    expect(view?.vertical.map((v) => [v.divisionId, Number(v.value?.toFixed(12))])).toEqual([
      ['F', 1],
      ['O', 0.9],
      ['S', 0.82],
    ]);
  });

  it('keeps each pair with its gaps and the rankings behind them', async () => {
    const pairs = new DivisionPairAlignmentQueries(dataSource);
    const fo = await pairs.findPair(tenant, cycle, 'O', 'F');
    expect(fo?.value).toBeCloseTo(0.4725, 12);
    expect(fo?.supportSymmetric).toBeCloseTo(0.1875, 12);
    expect(fo?.gaps.find((g) => g.needId === 'n1')?.evidence.map((e) => e.eventId)).toEqual([
      events.n1.eventId,
      events.f1.eventId,
      events.o2.eventId,
    ]);
    expect((await pairs.findPair(tenant, cycle, 'F', 'S'))?.value).toBeCloseTo(0.628, 12);
    expect((await pairs.findPair(tenant, cycle, 'O', 'S'))?.value).toBeCloseTo(0.72, 12);
  });

  it('records the drift of the re-rank, and who moved what, when', async () => {
    const history = await new CompanyAlignmentQueries(dataSource).findDriftHistory(tenant, cycle);
    expect(history.map((h) => `${h.rerank.divisionId}#${h.rerank.revision}`)).toEqual([
      'F#1',
      'O#1',
      'S#1',
      'O#2',
    ]);
    const { rerank, drift } = history[3];
    expect(rerank).toMatchObject({ rankedBy: 'olga', eventId: events.o2.eventId });
    expect(rerank.moves).toContainEqual({ kind: 'need', ref: 'n1', from: 3, to: 5 });
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ divisionA: 'F', divisionB: 'O', ruleVersion: 1 });
    expect(drift[0].delta).toBeCloseTo(-0.2625, 12);
  });

  it('keeps tenants apart', async () => {
    const queries = new CompanyAlignmentQueries(dataSource);
    await eventually(async () =>
      expect(
        (await queries.findCompanyAlignment(`${tenant}-other`, cycle))?.company.divisionCount,
      ).toBe(1),
    );
    expect((await queries.findCompanyAlignment(tenant, cycle))?.company.divisionCount).toBe(3);
  });

  it('answers the lag of every partition it reads, to a caller with a service credential', async () => {
    const token = await new ServiceCredentials(TEST_SERVICE_SECRET).issue(
      'admin-reporting',
      'alignment-projector',
    );
    await eventually(
      async () => {
        const { status, body } = await operation<{ lag: number }[]>('lag', token);
        expect(status).toBe(200);
        expect(body).toHaveLength(5);
        expect(body.every((p) => p.lag === 0)).toBe(true);
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect((await operation('lag')).status).toBe(401);
  });

  it('parks an event whose data breaks the contract and keeps going', async () => {
    const broken = {
      ...a.ranked('S', cycle, 2, 't:t3', '2026-03-04T09:00:00.000Z'),
      data: { divisionId: 'S' },
    };
    const after = a.companyRanked(cycle, 2, ['t3', 't2', 't1'], '2026-03-05T09:00:00.000Z');
    await publish(Topics.strategy, 'strategy-service', [broken, after]);
    const token = await new ServiceCredentials(TEST_SERVICE_SECRET).issue(
      'admin-reporting',
      'alignment-projector',
    );
    await eventually(
      async () => {
        const { body } = await operation('parked', token);
        expect(body).toEqual([expect.objectContaining({ eventId: broken.eventId, attempts: 1 })]);
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    await eventually(async () => {
      const view = await new CompanyAlignmentQueries(dataSource).findCompanyAlignment(
        tenant,
        cycle,
      );
      expect(view?.company.companyVersion).toBe(2);
    });
  });

  it('rebuilds from offset 0 into a shadow schema with exactly the same rows', async () => {
    const token = await new ServiceCredentials(TEST_SERVICE_SECRET).issue(
      'admin-reporting',
      'alignment-projector',
    );
    const response = await fetch(`${await app.getUrl()}/projection/rebuild`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    const report = (await response.json()) as { identical: boolean; tables: unknown[] };
    expect(response.status).toBe(201);
    expect(report.tables).toHaveLength(11);
    expect(report.identical).toBe(true);
  }, 120_000);
});
