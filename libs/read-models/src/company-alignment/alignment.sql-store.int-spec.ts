import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@lib/contracts';
import { testEnvironment } from '@lib/testing';
import fc from 'fast-check';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { DivisionPairAlignmentQueries } from '../division-pair-alignment/division-pair-alignment.queries';
import { DivisionPairAlignmentEntity } from '../division-pair-alignment/division-pair-alignment.entity';
import { AlignmentDriftEntity, AlignmentRerankEntity } from './alignment-drift.entity';
import { ALIGNMENT_ENTITIES } from './alignment.entities';
import { AlignmentEventFactory } from './test/alignment.fixtures';
import { deliveriesArb } from './test/alignment.histories';
import { InMemoryAlignmentStore } from './test/alignment.memory-store';
import { projectAlignmentEvent } from './alignment.projection';
import { ALIGNMENT_TABLES, migrateAlignment } from './alignment.schema';
import { SqlAlignmentStore } from './alignment.sql-store';
import { CompanyAlignmentQueries } from './company-alignment.queries';
import { CompanyAlignmentEntity, VerticalAlignmentEntity } from './company-alignment.entity';

// The SQL store against PostgreSQL: the rows it keeps are the rows the in-memory store keeps for
// the same events (so the in-memory property tests speak for it too), every delivery order gives
// the same tables byte for byte (what a rebuild compares), and the entities read them back.

const env = testEnvironment();
const pool = new Pool({ connectionString: env.databaseUrl, max: 4 });
const schemas: string[] = [];

async function freshSchema(): Promise<string> {
  const schema = `alignment_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  schemas.push(schema);
  await migrateAlignment(pool, schema);
  return schema;
}

async function projectInTransaction(schema: string, events: readonly EventEnvelope[]) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const store = new SqlAlignmentStore(client, schema);
    for (const event of events) await projectAlignmentEvent(store, event);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

async function dataSourceFor(schema: string): Promise<DataSource> {
  return new DataSource({
    type: 'postgres',
    url: env.databaseUrl,
    schema,
    entities: [...ALIGNMENT_ENTITIES],
    poolSize: 2,
  }).initialize();
}

async function tableDigests(schema: string): Promise<string[]> {
  const digests: string[] = [];
  for (const table of ALIGNMENT_TABLES) {
    const { rows } = await pool.query<{ digest: string | null }>(
      `SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM ${schema}.${table} t`,
    );
    digests.push(`${table}:${rows[0].digest}`);
  }
  return digests;
}

/** Every derived row, read through the entities, in the memory store's key order. */
async function readModelOf(dataSource: DataSource) {
  const all = <T extends object>(entity: new () => T) => dataSource.getRepository(entity).find();
  const [pairs, vertical, company, reranks, drift] = await Promise.all([
    all(DivisionPairAlignmentEntity),
    all(VerticalAlignmentEntity),
    all(CompanyAlignmentEntity),
    all(AlignmentRerankEntity),
    all(AlignmentDriftEntity),
  ]);
  const byText =
    <T>(key: (row: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  const cycleKey = (r: { tenantId: string; cycleId: string }) => `${r.tenantId}\u0000${r.cycleId}`;
  return {
    cycles: company.sort(byText(cycleKey)).map((c) => ({
      tenantId: c.tenantId,
      cycleId: c.cycleId,
      company: c,
      pairs: pairs
        .filter((p) => cycleKey(p) === cycleKey(c))
        .sort(byText((p: DivisionPairAlignmentEntity) => `${p.divisionA}\u0000${p.divisionB}`)),
      vertical: vertical
        .filter((v) => cycleKey(v) === cycleKey(c))
        .sort(byText((v: VerticalAlignmentEntity) => v.divisionId)),
    })),
    reranks: reranks
      .sort(byText((r: AlignmentRerankEntity) => `${r.tenantId}\u0000${r.eventId}`))
      .map((rerank) => ({
        rerank,
        drift: drift.filter((d) => d.eventId === rerank.eventId).sort((a, b) => a.delta - b.delta),
      })),
  };
}

afterAll(async () => {
  for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
});

describe('the alignment SQL store', () => {
  it('keeps what the in-memory store keeps, and the same tables for every delivery order', async () => {
    await fc.assert(
      fc.asyncProperty(deliveriesArb, async ({ history, first, second }) => {
        const [once, shuffledTwice] = [await freshSchema(), await freshSchema()];
        await projectInTransaction(once, history);
        await projectInTransaction(shuffledTwice, [...first, ...second]);
        expect(await tableDigests(shuffledTwice)).toEqual(await tableDigests(once));
        const memory = new InMemoryAlignmentStore();
        for (const event of history) await projectAlignmentEvent(memory, event);
        const dataSource = await dataSourceFor(once);
        try {
          expect(await readModelOf(dataSource)).toEqual(orderDrift(memory.readModel()));
        } finally {
          await dataSource.destroy();
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

/** The memory store keeps drift in the domain's order (largest drop first); SQL has no order. */
function orderDrift(model: ReturnType<InMemoryAlignmentStore['readModel']>) {
  return {
    ...model,
    reranks: model.reranks.map((r) => ({
      ...r,
      drift: [...r.drift].sort((a, b) => a.delta - b.delta),
    })),
  };
}

describe('the alignment queries', () => {
  let dataSource: DataSource;
  const a = new AlignmentEventFactory('tenant-a', '0000000a');
  const b = new AlignmentEventFactory('tenant-b', '0000000b');
  const cycle = '2026-h1';
  const n1 = { needId: 'n1', projectId: 'pF', supportingDivId: 'O' };
  const reRank = a.ranked(
    'O',
    cycle,
    2,
    't:t2 t:t1 p:pO t:t3 n:n1',
    '2026-03-03T09:00:00.000Z',
    'olga',
  );

  beforeAll(async () => {
    const schema = await freshSchema();
    await projectInTransaction(schema, [
      a.companyRanked(cycle, 1, ['t1', 't2', 't3'], '2026-01-10T09:00:00.000Z'),
      a.needDeclared(
        { ...n1, homeDivId: 'F', criticality: 'blocking', capacity: 2 },
        '2026-01-05T09:00:00.000Z',
      ),
      a.ranked('F', cycle, 1, 'p:pF t:t1 t:t2 t:t3', '2026-01-12T09:00:00.000Z'),
      a.ranked('O', cycle, 1, 't:t2 t:t1 n:n1 p:pO t:t3', '2026-01-12T10:00:00.000Z'),
      a.ranked('S', cycle, 1, 't:t1 t:t3', '2026-01-12T11:00:00.000Z'),
      reRank,
      b.ranked('F', cycle, 1, 't:t9', '2026-01-12T09:00:00.000Z'),
      b.ranked('O', cycle, 1, 't:t9', '2026-01-12T09:00:00.000Z'),
    ]);
    dataSource = await dataSourceFor(schema);
  });
  afterAll(() => dataSource?.destroy());

  it('find a cycle’s pairs lowest first, a division’s pairs, and a pair named either way', async () => {
    const pairs = new DivisionPairAlignmentQueries(dataSource);
    const ofCycle = await pairs.findPairsOfCycle('tenant-a', cycle);
    expect(ofCycle.map((p) => `${p.divisionA}-${p.divisionB}`)).toEqual(['F-O', 'O-S', 'F-S']);
    expect(ofCycle[0].gaps[0]).toMatchObject({ needId: 'n1', gap: 1, weight: 6 });
    expect((await pairs.findPairsOfDivision('tenant-a', cycle, 'S')).length).toBe(2);
    expect((await pairs.findPair('tenant-a', cycle, 'O', 'F'))?.divisionA).toBe('F');
    expect(await pairs.findPair('tenant-c', cycle, 'O', 'F')).toBeUndefined();
  });

  it('find the company’s alignment with the worst pairs and every division’s VA', async () => {
    const view = await new CompanyAlignmentQueries(dataSource).findCompanyAlignment(
      'tenant-a',
      cycle,
    );
    expect(view?.company).toMatchObject({ divisionCount: 3, companyVersion: 1, ruleVersion: 1 });
    expect(view?.company.worstPairs[0]).toMatchObject({ divisionA: 'F', divisionB: 'O' });
    expect(view?.vertical.map((v) => v.divisionId)).toEqual(['F', 'O', 'S']);
    expect(view?.vertical[0].value).toBeCloseTo(1, 12);
  });

  it('find the drift history with the re-rank behind each drift, for one division too', async () => {
    const queries = new CompanyAlignmentQueries(dataSource);
    const history = await queries.findDriftHistory('tenant-a', cycle);
    expect(history.map((h) => [h.rerank.divisionId, h.rerank.revision])).toEqual([
      ['F', 1],
      ['O', 1],
      ['S', 1],
      ['O', 2],
    ]);
    const last = history[3];
    expect(last.rerank).toMatchObject({ eventId: reRank.eventId, rankedBy: 'olga' });
    expect(last.rerank.occurredAt).toEqual(new Date('2026-03-03T09:00:00.000Z'));
    expect(last.drift.map((d) => [d.divisionA, d.divisionB, d.fromValue > d.toValue])).toEqual([
      ['F', 'O', true],
    ]);
    const ofSales = await queries.findDriftHistory('tenant-a', cycle, { divisionId: 'S' });
    expect(ofSales.map((h) => [h.rerank.divisionId, h.drift.length])).toEqual([['S', 0]]);
  });

  it('never answer with another tenant’s rows', async () => {
    const queries = new CompanyAlignmentQueries(dataSource);
    expect((await queries.findCompanyAlignment('tenant-b', cycle))?.company.divisionCount).toBe(2);
    expect(await queries.findCompanyAlignment('tenant-c', cycle)).toBeUndefined();
    expect(await queries.findDriftHistory('tenant-c', cycle)).toEqual([]);
    const pairsOfB = await new DivisionPairAlignmentQueries(dataSource).findPairsOfCycle(
      'tenant-b',
      cycle,
    );
    expect(pairsOfB.map((p) => p.themeAgreement)).toEqual([1]);
  });
});
