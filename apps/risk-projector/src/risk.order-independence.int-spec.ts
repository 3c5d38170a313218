import { DEFAULT_SCORING_RULES } from '@lib/domain';
import { testEnvironment } from '@lib/testing';
import fc from 'fast-check';
import { Pool } from 'pg';
import { evaluateTenant } from './evaluation/tenant-evaluation';
import { EVENT_DERIVED_TABLES, riskProjection } from './risk.projection';
import { applyEvents, dropSchema, dumpTables, freshSchema } from './test/projection-database';
import { historyOf, historyShape, interleave } from './test/random-history';

// Acceptance 2: for random event histories, any interleaving across streams that keeps each
// stream's own order, and the whole history delivered twice, give identical read models — the
// event-derived ones, and the time-dependent ones derived between and at evaluations. The first
// delivery applies each event on its own; the second in batches of random sizes, as the runner
// applies what Kafka hands it, with the rows derived once per batch.

const EVERY_TABLE = [
  ...EVENT_DERIVED_TABLES,
  'peer_load',
  'peer_load_daily',
  'leader_social_capital',
  'leader_dyadic_capital',
  'project_risk',
  'risk_evaluations',
];

describe('the risk read models, for random histories', () => {
  const pool = new Pool({ connectionString: testEnvironment().databaseUrl, max: 4 });
  const projection = riskProjection();
  const tenantId = 'tenant-p';
  const firstEvaluation = new Date('2026-02-25T12:00:00.000Z');
  const secondEvaluation = new Date('2026-03-20T12:00:00.000Z');

  afterAll(() => pool.end());

  const evaluate = async (schema: string, at: Date) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await evaluateTenant({ db: client, s: schema, tenantId, rules: DEFAULT_SCORING_RULES }, at);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  };

  /** Evaluated once before the events (so touched rows derive as of it), then once after. */
  const readModelsAfter = async (
    delivery: Parameters<typeof applyEvents>[3],
    batchSizes?: readonly number[],
  ) => {
    const schema = await freshSchema(pool, projection);
    try {
      await evaluate(schema, firstEvaluation);
      await applyEvents(pool, projection, schema, delivery, batchSizes);
      const between = await dumpTables(pool, schema, EVERY_TABLE);
      await evaluate(schema, secondEvaluation);
      return { between, after: await dumpTables(pool, schema, EVERY_TABLE) };
    } finally {
      await dropSchema(pool, schema);
    }
  };

  it('any interleaving that keeps each stream in order, delivered once or twice, gives the same rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        historyShape,
        fc.array(fc.nat({ max: 1000 }), { minLength: 50, maxLength: 50 }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 50, maxLength: 50 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
        async (shape, picksA, picksB, batchSizes) => {
          const events = historyOf(tenantId, shape);
          const once = await readModelsAfter(interleave(events, picksA));
          const twice = await readModelsAfter(
            [...interleave(events, picksB), ...interleave(events, picksA)],
            batchSizes,
          );
          expect(twice).toEqual(once);
        },
      ),
      { numRuns: 25, endOnFailure: true },
    );
  }, 60_000);
});
