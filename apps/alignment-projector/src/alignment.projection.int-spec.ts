import { randomBytes } from 'node:crypto';
import { eventually, testEnvironment } from '@lib/testing';
import { Pool, type PoolClient } from 'pg';
import { AlignmentEventFactory } from '../../../libs/read-models/src/company-alignment/test/alignment.fixtures';
import { alignmentProjection } from './alignment.projection';

// Two projector instances of one consumer group apply different partitions at the same time: a
// ranking on one, the need it ranks on the other. Each batch is one transaction; the alignment
// rows must end up reading both, whichever commits first.

describe('the alignment projection under two concurrent batches', () => {
  const pool = new Pool({ connectionString: testEnvironment().databaseUrl, max: 4 });
  const schema = `alignment_${randomBytes(6).toString('hex')}`;
  const events = new AlignmentEventFactory('t', randomBytes(4).toString('hex'));
  const cycle = 'c1';

  beforeAll(() => alignmentProjection.migrate(pool, schema));
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await pool.end();
  });

  const begin = async (): Promise<PoolClient> => {
    const client = await pool.connect();
    await client.query('BEGIN');
    return client;
  };

  const waitingForALock = (client: PoolClient) =>
    eventually(async () => {
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM pg_locks
          WHERE locktype = 'advisory' AND NOT granted AND pid = $1`,
        [(client as PoolClient & { processID: number }).processID],
      );
      expect(rows[0].n).toBe(1);
    });

  it('derives from both batches’ inputs, whichever commits first', async () => {
    const rankings = await begin();
    const needs = await begin();
    try {
      for (const event of [
        events.ranked('F', cycle, 1, 'p:pF t:t1', '2026-01-12T09:00:00.000Z'),
        events.ranked('O', cycle, 1, 't:t1 n:n1', '2026-01-12T09:00:00.000Z'),
      ]) {
        await alignmentProjection.apply(rankings, schema, event);
      }
      const need = events.needDeclared(
        {
          needId: 'n1',
          projectId: 'pF',
          homeDivId: 'F',
          supportingDivId: 'O',
          criticality: 'blocking',
          capacity: 2,
        },
        '2026-01-05T09:00:00.000Z',
      );
      const applyingNeed = alignmentProjection.apply(needs, schema, need);
      // The rankings commit only once the need's batch has got as far as it can without them.
      await Promise.race([applyingNeed, waitingForALock(needs)]);
      await rankings.query('COMMIT');
      await applyingNeed;
      await needs.query('COMMIT');
    } finally {
      rankings.release();
      needs.release();
    }
    const { rows } = await pool.query(
      `SELECT division_a, division_b, interdependence, support_a_to_b FROM ${schema}.alignment_division_pairs`,
    );
    expect(rows).toEqual([
      { division_a: 'F', division_b: 'O', interdependence: 6, support_a_to_b: 0 },
    ]);
  });
});
