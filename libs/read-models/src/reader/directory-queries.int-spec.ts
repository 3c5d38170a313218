import { randomBytes } from 'node:crypto';
import { ApiException } from '@lib/platform';
import { testEnvironment } from '@lib/testing';
import { Pool } from 'pg';
import { DataSource, type Logger } from 'typeorm';
import type { DirectoryEvent, DirectoryWriter } from '../directory-rows';
import { StreamEvents } from '../directory-rows/test/directory-events';
import { loadDivisionMerges, OrgChartQueries, orgChartWriters } from '../org-chart';
import { PeerRequestQueries, peerRequestWriters } from '../peer-requests';
import { SupportNeedQueries, supportNeedWriters } from '../support-needs';
import { readModelDataSourceOptions, runReadModelMigrations } from './reader-data-source';

// The directory's query services through a reader's DataSource, over rows the projection's
// writers stored: pages in order with nothing skipped or repeated, filters, batch loads in one
// statement, tenants kept apart, and bad inputs refused naming their field.

const env = testEnvironment();
const pool = new Pool({ connectionString: env.databaseUrl, max: 2 });
const schema = `reader_directory_${randomBytes(5).toString('hex')}`;
const writers: Readonly<Record<string, DirectoryWriter>> = {
  ...orgChartWriters,
  ...peerRequestWriters,
  ...supportNeedWriters,
};
const statements: string[] = [];
const countingLogger: Logger = {
  logQuery: (query) => void statements.push(query),
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};
let reader: DataSource;

async function store(events: readonly DirectoryEvent[]): Promise<void> {
  for (const event of events) {
    const merges = () => loadDivisionMerges(pool, schema, event.tenantId);
    await writers[event.type]({ db: pool, schema, merges }, event as never);
  }
}

function raise(tenantId: string, requestId: string, minutes: number, more: object = {}) {
  const stream = new StreamEvents(
    tenantId,
    Date.parse('2026-03-02T09:00:00.000Z') + minutes * 60_000,
  );
  return stream.next('PeerRequestRaised', {
    requestId,
    requesterId: 'ana',
    requesterDivId: 'finance',
    recipientId: 'ben',
    recipientDivId: 'ops',
    kind: 'help',
    topic: `Request ${requestId}`,
    themeIds: [],
    effort: 'S',
    respondBy: '2026-03-05T09:00:00Z',
    dueAt: '2026-03-09T09:00:00Z',
    warnings: [],
    ...more,
  });
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiException);
  return (error as ApiException).error;
}

beforeAll(async () => {
  reader = await new DataSource({
    ...readModelDataSourceOptions({
      readModels: 'directory',
      schema,
      url: env.databaseUrl,
      poolSize: 2,
    }),
    logging: ['query'],
    logger: countingLogger,
  }).initialize();
  await runReadModelMigrations(reader);
  // Five requests to Ben, two of them at the same minute (ordered by id), one an intro.
  await store([
    raise('acme', 'r1', 0),
    raise('acme', 'r2', 10),
    raise('acme', 'r3', 20),
    raise('acme', 'r4', 20, { kind: 'intro' }),
    raise('acme', 'r5', 30),
    raise('globex', 'r1', 40),
  ]);
  const r2 = new StreamEvents('acme');
  r2.next('PeerRequestRaised', raise('acme', 'r2', 10).data);
  await store([
    r2.next('PeerRequestAccepted', {
      requestId: 'r2',
      recipientId: 'ben',
      recipientDivId: 'ops',
      expectedBy: '2026-03-08T09:00:00Z',
    }),
  ]);
  const divisions = new StreamEvents('acme');
  const cycle = {
    cycleId: 'fy26',
    startsAt: '2026-01-01T00:00:00Z',
    endsAt: '2026-12-31T00:00:00Z',
  };
  await store([
    divisions.next('DivisionRegistered', { divisionId: 'finance', name: 'Finance' }),
    divisions.next('DivisionRegistered', { divisionId: 'ops', name: 'Operations' }),
    divisions.next('CycleOpened', cycle),
    divisions.next('ThemeDefined', { themeId: 'growth', cycleId: 'fy26', name: 'Growth' }),
    divisions.next('ThemeDefined', { themeId: 'cost', cycleId: 'fy26', name: 'Cost' }),
    new StreamEvents('globex').next('ThemeDefined', { themeId: 'x', cycleId: 'fy26', name: 'X' }),
  ]);
}, 30_000);

afterAll(async () => {
  await reader?.destroy();
  await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
});

describe('a leader’s inbox', () => {
  const requests = () => new PeerRequestQueries(reader);

  it('pages newest first, ties by id, with nothing skipped or repeated', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await requests().findBox('acme', 'ben', 'inbox', {}, { first: 2, after });
      seen.push(...page.edges.map((edge) => edge.node.requestId));
      after = page.hasNextPage ? page.endCursor : null;
      pages += 1;
    } while (after);
    expect(seen).toEqual(['r5', 'r4', 'r3', 'r2', 'r1']);
    expect(pages).toBe(3);
  });

  it('filters by status and by kind', async () => {
    const accepted = await requests().findBox('acme', 'ben', 'inbox', { statuses: ['accepted'] });
    expect(accepted.edges.map((edge) => edge.node.requestId)).toEqual(['r2']);
    const intros = await requests().findBox('acme', 'ben', 'inbox', { kinds: ['intro'] });
    expect(intros.edges.map((edge) => edge.node.requestId)).toEqual(['r4']);
  });

  it('is the requester’s outbox seen from the other side, and empty for anyone else', async () => {
    const outbox = await requests().findBox('acme', 'ana', 'outbox', {}, { first: 100 });
    expect(outbox.edges).toHaveLength(5);
    expect((await requests().findBox('acme', 'ana', 'inbox')).edges).toEqual([]);
  });

  it('never shows another tenant’s request, even under the same ids', async () => {
    const inbox = await requests().findBox('globex', 'ben', 'inbox');
    expect(inbox.edges.map((edge) => [edge.node.tenantId, edge.node.requestId])).toEqual([
      ['globex', 'r1'],
    ]);
    const loaded = await requests().findByIds('globex', ['r1', 'r2']);
    expect(loaded.map((row) => row && [row.tenantId, row.requestId])).toEqual([
      ['globex', 'r1'],
      null,
    ]);
  });

  it('loads many requests by id in one statement, in the order asked', async () => {
    statements.length = 0;
    const loaded = await requests().findByIds('acme', ['r3', 'missing', 'r1', 'r3']);
    expect(loaded.map((row) => row?.requestId ?? null)).toEqual(['r3', null, 'r1', 'r3']);
    expect(statements).toHaveLength(1);
  });

  describe('given bad input', () => {
    it('refuses a cursor that is not one, naming after', async () => {
      expect(
        await refusal(requests().findBox('acme', 'ben', 'inbox', {}, { after: 'nonsense' })),
      ).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'after', rule: 'cursor' }] });
    });

    it('refuses a cursor of another list, naming after', async () => {
      const leaders = await new OrgChartQueries(reader).findDivisions('acme', {}, { first: 1 });
      const cursor = leaders.endCursor ?? '';
      expect(
        await refusal(requests().findBox('acme', 'ben', 'inbox', {}, { after: cursor })),
      ).toMatchObject({ errors: [{ field: 'after' }] });
    });

    it('refuses a page size out of range, naming first', async () => {
      expect(
        await refusal(requests().findBox('acme', 'ben', 'inbox', {}, { first: 101 })),
      ).toMatchObject({ errors: [{ field: 'first', rule: 'range' }] });
    });

    it('refuses a status or kind it does not know, naming the filter', async () => {
      expect(
        await refusal(requests().findBox('acme', 'ben', 'inbox', { statuses: ['lost'] })),
      ).toMatchObject({ errors: [{ field: 'statuses', rule: 'isIn' }] });
      expect(
        await refusal(requests().findBox('acme', 'ben', 'inbox', { kinds: ['gossip'] })),
      ).toMatchObject({ errors: [{ field: 'kinds', rule: 'isIn' }] });
    });

    it('refuses a read without a tenant', async () => {
      expect(await refusal(requests().findBox('', 'ben', 'inbox'))).toMatchObject({
        errors: [{ field: 'tenantId' }],
      });
    });
  });
});

describe('the org chart', () => {
  const orgChart = () => new OrgChartQueries(reader);

  it('lists divisions and a cycle with its themes, in one statement for many cycles', async () => {
    const divisions = await orgChart().findDivisions('acme');
    expect(divisions.edges.map((edge) => edge.node.name)).toEqual(['Finance', 'Operations']);
    const cycles = await orgChart().findCycles('acme', { status: 'open' });
    expect(cycles.edges.map((edge) => edge.node.cycleId)).toEqual(['fy26']);
    statements.length = 0;
    const themes = await orgChart().findThemesOfCycles('acme', ['fy26', 'fy27']);
    expect(themes.map((group) => group.map((theme) => theme.themeId))).toEqual([
      ['cost', 'growth'],
      [],
    ]);
    expect(statements).toHaveLength(1);
  });

  it('pages divisions by id', async () => {
    const first = await orgChart().findDivisions('acme', {}, { first: 1 });
    expect(first.hasNextPage).toBe(true);
    const second = await orgChart().findDivisions('acme', {}, { first: 1, after: first.endCursor });
    expect(second.edges.map((edge) => edge.node.divisionId)).toEqual(['ops']);
    expect(second.hasNextPage).toBe(false);
  });
});

describe('support needs', () => {
  it('refuses a commitment state it does not know, naming states', async () => {
    expect(
      await refusal(new SupportNeedQueries(reader).findNeeds('acme', { states: ['maybe'] })),
    ).toMatchObject({ errors: [{ field: 'states', rule: 'isIn' }] });
  });
});
