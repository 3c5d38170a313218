import {
  type MatrixCell,
  type MatrixRequest,
  matrixCell,
  type TieLedgerRow,
  tieLedgerRow,
  loadHelpUnits,
} from '@lib/read-models';
import { DEFAULT_SCORING_RULES } from '@lib/domain';
import { testEnvironment } from '@lib/testing';
import fc from 'fast-check';
import { Pool } from 'pg';
import { DivisionMap } from '../inputs/divisions';
import { riskProjection } from '../risk.projection';
import { applyEvents, dropSchema, freshSchema } from '../test/projection-database';
import { historyOf, historyShape, interleave } from '../test/random-history';

// The matrix cells and tie balances are counted in SQL, a batch's cells and pairs at once. Their
// definitions are the pure functions `matrixCell` and `tieLedgerRow`, over every request and line
// behind a row: for random histories (with redirects, breaches, merges), both agree on every row.

const tenantId = 'tenant-m';

describe('the derived rows counted in SQL, against their definitions', () => {
  const pool = new Pool({ connectionString: testEnvironment().databaseUrl, max: 4 });
  const projection = riskProjection();

  afterAll(() => pool.end());

  it('every collaboration cell and tie balance equals matrixCell and tieLedgerRow of its inputs', async () => {
    await fc.assert(
      fc.asyncProperty(
        historyShape,
        fc.array(fc.nat({ max: 1000 }), { minLength: 50, maxLength: 50 }),
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 6 }),
        async (shape, picks, batchSizes) => {
          const schema = await freshSchema(pool, projection);
          try {
            const events = interleave(historyOf(tenantId, shape), picks);
            await applyEvents(pool, projection, schema, events, batchSizes);
            expect(await storedCells(schema)).toEqual(await definedCells(schema));
            expect(await storedTies(schema)).toEqual(await definedTies(schema));
          } finally {
            await dropSchema(pool, schema);
          }
        },
      ),
      { numRuns: 20, endOnFailure: true },
    );
  }, 60_000);

  async function storedCells(s: string): Promise<MatrixCell[]> {
    const { rows } = await pool.query(
      `SELECT tenant_id AS "tenantId", from_div_id AS "fromDivId", to_div_id AS "toDivId",
              requests, fulfilled, fulfilment_rate AS "fulfilmentRate",
              median_response_hours AS "medianResponseHours", sla_breaches AS "slaBreaches",
              sla_breach_rate AS "slaBreachRate", units_given AS "unitsGiven",
              units_received AS "unitsReceived", net_give AS "netGive", rule_version AS "ruleVersion"
         FROM ${s}.division_collaboration ORDER BY from_div_id, to_div_id`,
    );
    return rows;
  }

  /** Every cell by its definition, from the requests and lines between current divisions. */
  async function definedCells(s: string): Promise<MatrixCell[]> {
    const divisions = await DivisionMap.load(pool, s, tenantId);
    const { rows: recorded } = await pool.query<{ a: string; b: string }>(
      `SELECT requester_div_id AS a, recipient_div_id AS b FROM ${s}.in_peer_requests
        WHERE requester_div_id IS NOT NULL AND recipient_div_id IS NOT NULL
       UNION SELECT giver_div_id, receiver_div_id FROM ${s}.help_units
        WHERE giver_div_id IS NOT NULL AND receiver_div_id IS NOT NULL`,
    );
    const cells = new Set<string>();
    for (const { a, b } of recorded) {
      cells.add(`${divisions.current(a)}|${divisions.current(b)}`);
      cells.add(`${divisions.current(b)}|${divisions.current(a)}`);
    }
    const defined: MatrixCell[] = [];
    for (const cell of [...cells].sort()) {
      const [fromDivId, toDivId] = cell.split('|');
      const from = divisions.idsOf(fromDivId);
      const to = divisions.idsOf(toDivId);
      const row = matrixCell(
        { tenantId, fromDivId, toDivId },
        await requestsBetween(s, from, to),
        { given: await unitsBetween(s, from, to), received: await unitsBetween(s, to, from) },
        DEFAULT_SCORING_RULES.version,
      );
      if (row) defined.push(row);
    }
    return defined.sort((x, y) =>
      x.fromDivId === y.fromDivId
        ? compare(x.toDivId, y.toDivId)
        : compare(x.fromDivId, y.fromDivId),
    );
  }

  async function requestsBetween(
    s: string,
    from: string[],
    to: string[],
  ): Promise<MatrixRequest[]> {
    const { rows } = await pool.query<{
      request_id: string;
      raised_at: Date;
      first_response_at: Date | null;
      fulfilled: boolean;
      breached: boolean;
    }>(
      `SELECT r.request_id, r.raised_at, r.first_response_at, r.fulfilled_at IS NOT NULL AS fulfilled,
              EXISTS (SELECT 1 FROM ${s}.in_sla_breaches b
                       WHERE b.tenant_id = r.tenant_id AND b.request_id = r.request_id) AS breached
         FROM ${s}.in_peer_requests r
        WHERE r.requester_div_id = ANY($1) AND r.recipient_div_id = ANY($2)`,
      [from, to],
    );
    return rows.map((row) => ({
      requestId: row.request_id,
      raisedAt: row.raised_at.toISOString(),
      firstResponseAt: row.first_response_at?.toISOString() ?? null,
      fulfilled: row.fulfilled,
      slaBreached: row.breached,
    }));
  }

  async function unitsBetween(s: string, givers: string[], receivers: string[]): Promise<number[]> {
    const { rows } = await pool.query<{ units: number }>(
      `SELECT units FROM ${s}.help_units
        WHERE giver_div_id = ANY($1) AND receiver_div_id = ANY($2) ORDER BY unit_key`,
      [givers, receivers],
    );
    return rows.map((row) => row.units);
  }

  async function storedTies(s: string): Promise<TieLedgerRow[]> {
    const { rows } = await pool.query(
      `SELECT tenant_id AS "tenantId", from_id AS "fromId", to_id AS "toId", weight,
              first_at AS "firstAt", last_at AS "lastAt", event_count AS "eventCount",
              mean_gap_days AS "meanGapDays", rule_version AS "ruleVersion"
         FROM ${s}.tie_ledger ORDER BY from_id, to_id`,
    );
    return rows.map((row) => ({
      ...row,
      firstAt: row.firstAt.toISOString(),
      lastAt: row.lastAt.toISOString(),
    }));
  }

  async function definedTies(s: string): Promise<TieLedgerRow[]> {
    const lines = await loadHelpUnits(pool, s, tenantId);
    const pairs = [...new Set(lines.map((l) => `${l.giverId}|${l.receiverId}`))].sort();
    return pairs.flatMap((pair) => {
      const [fromId, toId] = pair.split('|');
      const row = tieLedgerRow(tenantId, fromId, toId, lines, DEFAULT_SCORING_RULES);
      return row ? [row] : [];
    });
  }
});

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
