import { randomBytes } from 'node:crypto';
import type { EventEnvelope } from '@lib/contracts';
import { PoisonMessage } from '@lib/projections';
import { eventually, testEnvironment } from '@lib/testing';
import { Pool, type PoolClient } from 'pg';
import { directoryProjection } from './directory.projection';
import { DirectoryEnvelopes } from './test/directory-envelopes';

// The directory projection applied to a real PostgreSQL schema, event by event as the runner's
// one-by-one path does, in the orders the three topics can interleave in.

const pool = new Pool({ connectionString: testEnvironment().databaseUrl, max: 4 });
const schemas: string[] = [];

async function freshSchema(): Promise<string> {
  const schema = `directory_${randomBytes(6).toString('hex')}`;
  schemas.push(schema);
  await directoryProjection.migrate(pool, schema);
  return schema;
}

async function project(schema: string, events: readonly EventEnvelope[]): Promise<void> {
  for (const event of events) await directoryProjection.apply(pool, schema, event);
}

async function rowsOf(schema: string): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of directoryProjection.tables) {
    const { rows } = await pool.query(
      `SELECT to_jsonb(t) AS row FROM ${schema}.${table} t ORDER BY t::text`,
    );
    tables[table] = rows.map((r) => r.row);
  }
  return tables;
}

afterAll(async () => {
  for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
});

describe('the directory projection', () => {
  const events = new DirectoryEnvelopes('acme');
  const org = [
    events.event('division:finance', 'DivisionRegistered', {
      divisionId: 'finance',
      name: 'Finance',
    }),
    events.event('division:ops', 'DivisionRegistered', { divisionId: 'ops', name: 'Operations' }),
    events.event('division:finance', 'DivisionHeadAppointed', {
      divisionId: 'finance',
      leaderId: 'cfo',
    }),
    events.event('leader:ana', 'LeaderRegistered', {
      leaderId: 'ana',
      divisionId: 'finance',
      name: 'Ana',
      level: 'senior',
    }),
    events.event('leader:ben', 'LeaderRegistered', {
      leaderId: 'ben',
      divisionId: 'ops',
      name: 'Ben',
      level: 'middle',
    }),
  ];
  const strategy = [
    events.event('project:ledger', 'StrategicProjectRegistered', {
      projectId: 'ledger',
      name: 'Ledger migration',
      ownerId: 'ana',
      homeDivId: 'finance',
      themeIds: ['growth'],
      tier: 'T1',
      startAt: '2026-01-15T00:00:00Z',
      targetAt: '2026-09-30T00:00:00Z',
    }),
    events.event('need:n1', 'SupportNeedDeclared', {
      needId: 'n1',
      projectId: 'ledger',
      supportingDivId: 'ops',
      homeDivId: 'finance',
      capacity: 3,
      neededBy: '2026-06-01T00:00:00Z',
      criticality: 'blocking',
    }),
  ];
  const raised = events.event('peer-request:r1', 'PeerRequestRaised', {
    requestId: 'r1',
    requesterId: 'ana',
    requesterDivId: 'finance',
    recipientId: 'ben',
    recipientDivId: 'ops',
    kind: 'input',
    topic: 'Close calendar input',
    themeIds: [],
    effort: 'S',
    respondBy: '2026-03-05T09:00:00Z',
    dueAt: '2026-03-09T09:00:00Z',
    warnings: [],
  });
  // Finance merges into Operations: the merge is an event of the target division's stream.
  const merge = events.event('division:ops', 'DivisionsMerged', {
    sourceIds: ['finance'],
    targetId: 'ops',
    effectiveAt: '2026-04-01T00:00:00Z',
  });

  describe('when Finance merges into Operations, before or after the rows that name Finance', () => {
    it('then both orders give the same rows, with Finance’s leaders, projects and needs in Operations', async () => {
      const mergeLast = await freshSchema();
      await project(mergeLast, [...org, ...strategy, raised, merge]);
      const mergeFirst = await freshSchema();
      await project(mergeFirst, [
        org[0],
        org[1],
        merge,
        org[2],
        ...strategy,
        org[3],
        org[4],
        raised,
      ]);
      const rows = await rowsOf(mergeLast);
      expect(await rowsOf(mergeFirst)).toEqual(rows);
      const { rows: placed } = await pool.query(
        `SELECT (SELECT division_id FROM ${mergeLast}.leaders WHERE leader_id = 'ana') AS leader,
                (SELECT home_div_id FROM ${mergeLast}.strategic_projects) AS project,
                (SELECT home_div_id FROM ${mergeLast}.support_needs) AS need_home,
                (SELECT merged_into FROM ${mergeLast}.divisions WHERE division_id = 'finance') AS finance,
                (SELECT requester_div_id FROM ${mergeLast}.peer_requests) AS request`,
      );
      // The request keeps the division its event recorded: history is not rewritten.
      expect(placed[0]).toEqual({
        leader: 'ops',
        project: 'ops',
        need_home: 'ops',
        finance: 'ops',
        request: 'finance',
      });
    });
  });

  describe('when every event is applied again', () => {
    it('then no row changes', async () => {
      const schema = await freshSchema();
      const all = [...org, ...strategy, raised, merge];
      await project(schema, all);
      const once = await rowsOf(schema);
      await project(schema, all);
      expect(await rowsOf(schema)).toEqual(once);
      expect(once.peer_requests).toHaveLength(1);
      expect(once.leaders).toHaveLength(2);
    });
  });

  describe('given an event whose data breaks the contract', () => {
    it('then it is parked at once as a poison message', async () => {
      const schema = await freshSchema();
      const broken = { ...raised, data: { requestId: 'r2' } } as EventEnvelope;
      await expect(directoryProjection.apply(pool, schema, broken)).rejects.toThrow(PoisonMessage);
    });
  });

  describe('given an event the directory does not read', () => {
    it('then it writes nothing', async () => {
      const schema = await freshSchema();
      await project(schema, [
        events.event('company:fy26', 'CompanyPrioritiesRanked', { cycleId: 'fy26', themeIds: [] }),
      ]);
      expect(Object.values(await rowsOf(schema)).flat()).toEqual([]);
    });
  });

  describe('when two projector instances apply a leader and the merge of their division at once', () => {
    const begin = async (): Promise<PoolClient> => {
      const client = await pool.connect();
      await client.query('BEGIN');
      return client;
    };
    const waitingForALock = (client: PoolClient) =>
      eventually(async () => {
        const { rows } = await pool.query(
          `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND pid = $1`,
          [(client as PoolClient & { processID: number }).processID],
        );
        expect(rows[0].n).toBe(1);
      });

    it('then the leader ends up in the division it merged into, whichever commits first', async () => {
      const schema = await freshSchema();
      await project(schema, [org[0], org[1]]);
      const leaders = await begin();
      const merging = await begin();
      try {
        await directoryProjection.apply(leaders, schema, org[3]);
        const applyingMerge = directoryProjection.apply(merging, schema, merge);
        await Promise.race([applyingMerge, waitingForALock(merging)]);
        await leaders.query('COMMIT');
        await applyingMerge;
        await merging.query('COMMIT');
      } finally {
        leaders.release();
        merging.release();
      }
      const { rows } = await pool.query(`SELECT division_id FROM ${schema}.leaders`);
      expect(rows).toEqual([{ division_id: 'ops' }]);
    });
  });
});
