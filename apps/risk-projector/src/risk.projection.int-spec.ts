import { testEnvironment } from '@lib/testing';
import { Pool } from 'pg';
import { riskProjection } from './risk.projection';
import { applyEvents, dropSchema, freshSchema } from './test/projection-database';
import { RiskHistory } from './test/risk-history';
import { workedExample } from './test/worked-example';
import { evaluateTenant } from './evaluation/tenant-evaluation';
import { DEFAULT_SCORING_RULES } from '@lib/domain';

const ana = { id: 'ana', div: 'finance' };
const ben = { id: 'ben', div: 'operations' };

describe('the risk projection, fed events directly', () => {
  const pool = new Pool({ connectionString: testEnvironment().databaseUrl, max: 4 });
  const projection = riskProjection();
  const schemas: string[] = [];
  const schema = async () => {
    const created = await freshSchema(pool, projection);
    schemas.push(created);
    return created;
  };

  afterAll(async () => {
    for (const s of schemas) await dropSchema(pool, s);
    await pool.end();
  });

  describe('given batches applied side by side, as two projector instances do', () => {
    it("holds a tenant from a batch's start to its commit: a second batch of it waits, another tenant's does not", async () => {
      const s = await schema();
      const ours = new RiskHistory('t-lock', '2026-01-05T09:00:00.000Z');
      const theirs = new RiskHistory('t-other', '2026-01-05T09:00:00.000Z');
      const first = ours.leader('ana', 'finance');
      const second = ours.leader('ben', 'operations');
      const other = theirs.leader('cho', 'legal');
      const [a, b, c] = [await pool.connect(), await pool.connect(), await pool.connect()];
      try {
        for (const client of [a, b, c]) await client.query('BEGIN');
        const open = projection.openBatch;
        if (!open) throw new Error('the risk projection applies events in batches');
        const batchA = await open(a, s, [first]);
        let secondOpened = false;
        const batchB = open(b, s, [second]).then((batch) => {
          secondOpened = true;
          return batch;
        });
        // Another tenant's batch opens, applies and commits while the first is still open.
        const batchC = await open(c, s, [other]);
        await batchC.apply(other);
        await batchC.complete();
        await c.query('COMMIT');
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(secondOpened).toBe(false);
        await batchA.apply(first);
        await batchA.complete();
        await a.query('COMMIT');
        const opened = await batchB;
        await opened.apply(second);
        await opened.complete();
        await b.query('COMMIT');
        const { rows } = await pool.query(
          `SELECT tenant_id, leader_id FROM ${s}.in_leader_divisions ORDER BY tenant_id, leader_id`,
        );
        expect(rows).toEqual([
          { tenant_id: 't-lock', leader_id: 'ana' },
          { tenant_id: 't-lock', leader_id: 'ben' },
          { tenant_id: 't-other', leader_id: 'cho' },
        ]);
      } finally {
        for (const client of [a, b, c]) {
          await client.query('ROLLBACK').catch(() => undefined);
          client.release();
        }
      }
    });
  });

  describe('given a request fulfilled, acknowledged as very helpful, and a presentation', () => {
    const history = new RiskHistory('t1', '2026-01-05T09:00:00.000Z');
    history.leader('ana', 'finance');
    history.leader('ben', 'operations');
    history.raise('r1', ana, ben, 1, { effort: 'L' });
    history.fulfil('r1', ben, 3);
    history.acknowledge('r1', ana, 5, 4);
    history.add(
      'PresentationDelivered',
      'invitation:i1',
      {
        invitationId: 'i1',
        hostId: 'ana',
        hostDivId: 'finance',
        presenterId: 'cho',
        presenterDivId: 'legal',
      },
      10,
    );
    let s: string;

    beforeAll(async () => {
      s = await schema();
      await applyEvents(pool, projection, s, history.events);
    });

    it('then the ledger holds each act of help as units from giver to receiver', async () => {
      const { rows } = await pool.query(
        `SELECT giver_id, receiver_id, units, event_type FROM ${s}.help_units ORDER BY unit_key`,
      );
      expect(rows).toEqual([
        // e·q = 4 · (0.6 + 0.2·4) = 5.6, proven by the acknowledgement that set q
        { giver_id: 'ben', receiver_id: 'ana', units: 5.6, event_type: 'PeerRequestAcknowledged' },
        { giver_id: 'ana', receiver_id: 'cho', units: 1, event_type: 'PresentationDelivered' },
        { giver_id: 'cho', receiver_id: 'ana', units: 3, event_type: 'PresentationDelivered' },
      ]);
    });

    it('then each directed tie is the decayed sum of its lines', async () => {
      const { rows } = await pool.query(
        `SELECT from_id, to_id, weight, event_count, rule_version FROM ${s}.tie_ledger ORDER BY from_id, to_id`,
      );
      expect(rows).toEqual([
        { from_id: 'ana', to_id: 'cho', weight: 1, event_count: 1, rule_version: 1 },
        { from_id: 'ben', to_id: 'ana', weight: 5.6, event_count: 1, rule_version: 1 },
        { from_id: 'cho', to_id: 'ana', weight: 3, event_count: 1, rule_version: 1 },
      ]);
    });

    it('then the matrix counts the request finance raised to operations and the help both ways', async () => {
      const { rows } = await pool.query(
        `SELECT from_div_id, to_div_id, requests, fulfilled, fulfilment_rate, median_response_hours,
                units_given, units_received, net_give
           FROM ${s}.division_collaboration ORDER BY from_div_id, to_div_id`,
      );
      expect(rows).toEqual([
        expect.objectContaining({
          from_div_id: 'finance',
          to_div_id: 'legal',
          units_given: 1,
          units_received: 3,
          net_give: -2,
        }),
        expect.objectContaining({
          from_div_id: 'finance',
          to_div_id: 'operations',
          requests: 1,
          fulfilled: 1,
          fulfilment_rate: 1,
          median_response_hours: 48,
          units_given: 0,
          units_received: 5.6,
        }),
        expect.objectContaining({ from_div_id: 'legal', to_div_id: 'finance', net_give: 2 }),
        expect.objectContaining({
          from_div_id: 'operations',
          to_div_id: 'finance',
          requests: 0,
          net_give: 5.6,
        }),
      ]);
    });
  });

  describe('given a need committed, slipped once and delivered after the first promise', () => {
    const history = new RiskHistory('t2', '2026-01-05T09:00:00.000Z');
    const need = { needId: 'n1', projectId: 'p1', supportingDivId: 'operations' };
    history.add(
      'SupportNeedDeclared',
      'need:n1',
      {
        ...need,
        homeDivId: 'finance',
        keyContactId: 'ben',
        capacity: 4,
        neededBy: history.at(60),
        criticality: 'blocking',
      },
      0,
    );
    history.add(
      'SupportCommitted',
      'need:n1',
      { ...need, deliverBy: history.at(30), capacity: 4, committedBy: 'coo' },
      2,
    );
    history.add(
      'SupportSlipped',
      'need:n1',
      { ...need, oldDeliverBy: history.at(30), newDeliverBy: history.at(40) },
      25,
    );
    history.add('SupportDelivered', 'need:n1', need, 38);
    let s: string;

    beforeAll(async () => {
      s = await schema();
      await applyEvents(pool, projection, s, history.events);
    });

    it('then the ledger keeps every promise and counts the delivery on time against the last one', async () => {
      const { rows } = await pool.query(`SELECT * FROM ${s}.support_commitments`);
      expect(rows).toEqual([
        expect.objectContaining({
          need_id: 'n1',
          state: 'delivered',
          deliver_by: new Date(history.at(40)),
          slips: 1,
          on_time: true,
          rule_version: 1,
        }),
      ]);
      expect(rows[0].promise_history.map((entry: { type: string }) => entry.type)).toEqual([
        'SupportNeedDeclared',
        'SupportCommitted',
        'SupportSlipped',
        'SupportDelivered',
      ]);
    });
  });

  describe('given a redirect and a decline that named the peers who then helped', () => {
    const history = new RiskHistory('t4', '2026-01-05T09:00:00.000Z');
    const cho = { id: 'cho', div: 'legal' };
    history.raise('r1', ana, ben, 1);
    history.add(
      'PeerRequestRedirected',
      'request:r1',
      {
        requestId: 'r1',
        fromId: 'ben',
        fromDivId: 'operations',
        toId: 'cho',
        toDivId: 'legal',
        hop: 1,
      },
      2,
    );
    history.fulfil('r1', cho, 4);
    // The follow-up to the suggested peer arrives before the decline that suggested her.
    const followUp = [history.raise('r3', ana, cho, 6), history.fulfil('r3', cho, 8)];
    history.raise('r2', ana, ben, 5);
    const decline = history.add(
      'PeerRequestDeclined',
      'request:r2',
      {
        requestId: 'r2',
        recipientId: 'ben',
        recipientDivId: 'operations',
        reasonCode: 'not_my_area',
        suggestedPeerId: 'cho',
        suggestedPeerDivId: 'legal',
      },
      5.5,
    );
    let s: string;

    beforeAll(async () => {
      s = await schema();
      const rest = history.events.filter((e) => !followUp.includes(e) && e !== decline);
      await applyEvents(pool, projection, s, [...rest, ...followUp, decline]);
    });

    it('then each connector earns 0.25 units towards the requester', async () => {
      const { rows } = await pool.query(
        `SELECT unit_key, giver_id, receiver_id, units FROM ${s}.help_units WHERE giver_id = 'ben' ORDER BY unit_key`,
      );
      expect(rows).toEqual([
        { unit_key: 'redirect:r1:ben>ana', giver_id: 'ben', receiver_id: 'ana', units: 0.25 },
        { unit_key: 'suggestion:r2:ben>ana', giver_id: 'ben', receiver_id: 'ana', units: 0.25 },
      ]);
    });
  });

  describe('given legal merged into operations', () => {
    const history = new RiskHistory('t5', '2026-01-05T09:00:00.000Z');
    const cho = { id: 'cho', div: 'legal' };
    history.raise('r1', ana, ben, 1);
    history.raise('r2', ana, cho, 2);
    history.add(
      'DivisionsMerged',
      'division:operations',
      { sourceIds: ['legal'], targetId: 'operations', effectiveAt: history.at(10) },
      10,
    );
    let s: string;

    beforeAll(async () => {
      s = await schema();
      await applyEvents(pool, projection, s, [...history.events].reverse());
    });

    it('then the matrix counts requests to both under operations, and the events keep legal', async () => {
      const { rows } = await pool.query(
        `SELECT from_div_id, to_div_id, requests FROM ${s}.division_collaboration ORDER BY 1, 2`,
      );
      expect(rows).toEqual([{ from_div_id: 'finance', to_div_id: 'operations', requests: 2 }]);
      const { rows: recorded } = await pool.query(
        `SELECT recipient_div_id FROM ${s}.in_peer_requests ORDER BY request_id`,
      );
      expect(recorded.map((r) => r.recipient_div_id)).toEqual(['operations', 'legal']);
    });
  });

  describe("given the domain README's worked example", () => {
    const example = workedExample('t3');
    let s: string;
    const risk = async () =>
      (await pool.query(`SELECT * FROM ${s}.project_risk WHERE tenant_id = 't3'`)).rows[0];
    const evaluate = async () => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await evaluateTenant(
          { db: client, s, tenantId: 't3', rules: DEFAULT_SCORING_RULES },
          example.evaluateAt,
        );
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    };

    beforeAll(async () => {
      s = await schema();
      await applyEvents(pool, projection, s, example.before);
    });

    it('then before any evaluation there is no risk row: risk reads the present', async () => {
      expect(await risk()).toBeUndefined();
    });

    it('then evaluated at T the project scores 53 and is on watch', async () => {
      await evaluate();
      expect(await risk()).toMatchObject({ score: 53, band: 'watch', colour: 'yellow' });
    });

    it('then after two SLA breaches it scores 67, at risk, for R4, R3, R1 and R5', async () => {
      await applyEvents(pool, projection, s, example.breaches);
      const row = await risk();
      expect(row).toMatchObject({ score: 67, band: 'at_risk', rule_version: 1 });
      expect(
        row.reasons.map((r: { code: string; contribution: number }) => [r.code, r.contribution]),
      ).toEqual([
        ['REQUESTS_PAST_SLA', 14],
        ['LOW_CAPITAL_WITH_DIVISION', 11],
        ['UNDER_PRIORITISED', 9],
        ['KEY_PEER_OVERLOADED', 8],
      ]);
    });
  });
});
