import { randomBytes } from 'node:crypto';
import {
  type ComponentScore,
  DEFAULT_SCORING_RULES,
  type SocialCapitalComponent,
} from '@lib/domain';
import { testEnvironment } from '@lib/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { projectAlignmentEvent } from '../company-alignment/alignment.projection';
import { SqlAlignmentStore } from '../company-alignment/alignment.sql-store';
import { CompanyAlignmentQueries } from '../company-alignment/company-alignment.queries';
import { AlignmentEventFactory } from '../company-alignment/test/alignment.fixtures';
import { DivisionCollaborationQueries } from '../division-collaboration-matrix/division-collaboration-matrix.queries';
import { DivisionPairAlignmentQueries } from '../division-pair-alignment/division-pair-alignment.queries';
import { LeaderSocialCapitalQueries } from '../leader-social-capital/leader-social-capital.queries';
import { saveSocialCapital } from '../leader-social-capital/leader-social-capital.schema';
import { PeerLoadQueries } from '../peer-load/peer-load.queries';
import { savePeerLoad } from '../peer-load/peer-load.schema';
import { StrategicProjectRiskQueries } from '../strategic-project-risk/strategic-project-risk.queries';
import { saveProjectRisk } from '../strategic-project-risk/strategic-project-risk.schema';
import { SupportCommitmentQueries } from '../support-commitment-ledger/support-commitment-ledger.queries';
import { saveSupportCommitment } from '../support-commitment-ledger/support-commitment-ledger.schema';
import { TieLedgerQueries } from '../tie-ledger/tie-ledger.queries';
import { saveHelpUnits } from '../tie-ledger/tie-ledger.schema';
import { upsertReadModelRow } from '../tie-ledger/upsert-row';
import {
  type ReadModelSet,
  readModelDataSourceOptions,
  runReadModelMigrations,
} from './reader-data-source';

// A reader's DataSource, built with the helper on a schema its own migrations made, reads through
// the query services what the projectors' SQL wrote: the two sides agree on every table they share.
// The tie ledger's balances and the matrix's cells go through the lib's generic upsert, naming the
// DDL's columns: their own writers are batch writers shaped by the risk projector's derivations,
// and what is checked here is the table a reader sees, not the batching.

const env = testEnvironment();
const pool = new Pool({ connectionString: env.databaseUrl, max: 2 });
const schemas: string[] = [];
const tenant = 'tenant-a';
const evidence = (eventId: string) => ({
  eventId,
  type: 'PeerRequestFulfilled',
  recordedAt: '2026-03-01T09:00:01.000Z',
});

const COMPONENTS: readonly SocialCapitalComponent[] = [
  'giving',
  'giverBalance',
  'mutuality',
  'crossDivisionBreadth',
  'brokerage',
  'reliability',
];

function byComponent<T>(value: (name: SocialCapitalComponent) => T) {
  return Object.fromEntries(COMPONENTS.map((name) => [name, value(name)])) as Record<
    SocialCapitalComponent,
    T
  >;
}

async function migratedReader(readModels: ReadModelSet) {
  const schema = `reader_${readModels}_${randomBytes(5).toString('hex')}`;
  schemas.push(schema);
  const options = readModelDataSourceOptions({
    readModels,
    schema,
    url: env.databaseUrl,
    poolSize: 2,
  });
  const reader = await new DataSource(options).initialize();
  await runReadModelMigrations(reader);
  return { schema, reader };
}

afterAll(async () => {
  for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
});

describe('a reader of the risk read models', () => {
  let schema: string;
  let reader: DataSource;

  beforeAll(async () => ({ schema, reader } = await migratedReader('risk')));
  afterAll(() => reader?.destroy());

  it('reads a tie the projector wrote, decayed to the instant asked, with its line', async () => {
    await saveHelpUnits(pool, schema, tenant, [
      {
        unitKey: 'fulfilled:req-1',
        giverId: 'ana',
        giverDivId: 'finance',
        receiverId: 'ben',
        receiverDivId: 'sales',
        units: 2,
        at: '2026-03-01T09:00:00.000Z',
        evidence: evidence('e-1'),
      },
    ]);
    await upsertReadModelRow(pool, `${schema}.tie_ledger`, ['tenant_id', 'from_id', 'to_id'], {
      tenant_id: tenant,
      from_id: 'ana',
      to_id: 'ben',
      weight: 2,
      first_at: '2026-03-01T09:00:00.000Z',
      last_at: '2026-03-01T09:00:00.000Z',
      event_count: 1,
      mean_gap_days: null,
      rule_version: 1,
    });
    const halfLifeLater = new Date(
      Date.parse('2026-03-01T09:00:00.000Z') +
        DEFAULT_SCORING_RULES.ties.halfLifeDays * 24 * 60 * 60 * 1000,
    );
    const queries = new TieLedgerQueries(reader);
    const [tie] = await queries.findTies(tenant, halfLifeLater);
    expect(tie).toMatchObject({ fromId: 'ana', toId: 'ben', eventCount: 1, active: true });
    expect(tie.weight).toBeCloseTo(1, 12);
    const [line] = await queries.findLines(tenant, 'ana', 'ben');
    expect(line).toMatchObject({ unitKey: 'fulfilled:req-1', units: 2, giverDivId: 'finance' });
    expect(line.at).toEqual(new Date('2026-03-01T09:00:00.000Z'));
  });

  it('reads the collaboration matrix cells of a division, on both sides', async () => {
    const cell = { requests: 4, fulfilled: 3, sla_breaches: 0, units_received: 0, rule_version: 1 };
    for (const [from, to, given] of [
      ['finance', 'sales', 2.5],
      ['sales', 'ops', 1],
    ] as const)
      await upsertReadModelRow(
        pool,
        `${schema}.division_collaboration`,
        ['tenant_id', 'from_div_id', 'to_div_id'],
        {
          ...cell,
          tenant_id: tenant,
          from_div_id: from,
          to_div_id: to,
          fulfilment_rate: 0.75,
          median_response_hours: null,
          sla_breach_rate: 0,
          units_given: given,
          net_give: given,
        },
      );
    const queries = new DivisionCollaborationQueries(reader);
    const ofSales = await queries.findCellsOfDivision(tenant, 'sales');
    expect(ofSales.map((c) => [c.fromDivId, c.toDivId, c.unitsGiven])).toEqual([
      ['finance', 'sales', 2.5],
      ['sales', 'ops', 1],
    ]);
    expect(ofSales[0]).toMatchObject({ fulfilmentRate: 0.75, medianResponseHours: null });
    expect(await queries.findCellsOfDivision('tenant-b', 'sales')).toEqual([]);
  });

  it('reads a support commitment and counts its division’s reliability', async () => {
    await saveSupportCommitment(pool, schema, {
      tenantId: tenant,
      needId: 'n1',
      projectId: 'p1',
      supportingDivId: 'sales',
      homeDivId: 'finance',
      keyContactId: null,
      criticality: 'blocking',
      capacity: 1.5,
      neededBy: '2026-06-01T00:00:00.000Z',
      declaredAt: '2026-02-01T00:00:00.000Z',
      state: 'delivered',
      deliverBy: '2026-05-01T00:00:00.000Z',
      offeredDeliverBy: null,
      committedAt: '2026-02-10T00:00:00.000Z',
      deliveredAt: '2026-04-20T00:00:00.000Z',
      onTime: true,
      slips: 1,
      counterProposals: 0,
      declineReason: null,
      promise: null,
      history: [],
      ruleVersion: 1,
    });
    const queries = new SupportCommitmentQueries(reader);
    const [need] = await queries.findCommitmentsOfProject(tenant, 'p1');
    expect(need).toMatchObject({ needId: 'n1', capacity: 1.5, onTime: true, slips: 1 });
    expect(need.deliveredAt).toEqual(new Date('2026-04-20T00:00:00.000Z'));
    expect(await queries.findReliabilityByDivision(tenant)).toEqual([
      expect.objectContaining({ supportingDivId: 'sales', delivered: 1, onTimeRate: 1 }),
    ]);
  });

  it('reads an overloaded leader, with the day the overload began', async () => {
    await savePeerLoad(pool, schema, {
      tenantId: tenant,
      leaderId: 'ben',
      windowDays: 14,
      load: 9.5,
      open: 7,
      capacity: 5,
      latencyP50Hours: 30,
      noResponseRate: null,
      oi: 1.4,
      terms: { zScore: 0.9, capacity: 1.4, meanLoad: 1.1 },
      trigger: 'capacity',
      overloaded: true,
      overloadedSince: '2026-03-02',
      evidence: [evidence('e-2')],
      evaluatedAt: '2026-03-03T00:00:00.000Z',
      ruleVersion: 1,
    });
    const [overloaded] = await new PeerLoadQueries(reader).findOverloaded(tenant);
    expect(overloaded).toMatchObject({
      leaderId: 'ben',
      oi: 1.4,
      trigger: 'capacity',
      overloadedSince: '2026-03-02',
      terms: { capacity: 1.4 },
      evidence: [{ eventId: 'e-2' }],
    });
  });

  it('reads a project’s risk with its reasons', async () => {
    await saveProjectRisk(pool, schema, {
      tenantId: tenant,
      projectId: 'p1',
      ownerId: 'ana',
      homeDivId: 'finance',
      cycleId: null,
      risk: 0.53,
      score: 53,
      band: 'watch',
      colour: 'yellow',
      reasons: [
        {
          code: 'DELIVERY_SLIPPED',
          needId: 'n1',
          divisionId: 'sales',
          s: 0.5,
          beta: 0.6,
          contribution: 30,
          thresholds: {},
          evidence: [evidence('e-3')],
          ruleVersion: 1,
        },
      ],
      needs: [],
      evaluatedAt: '2026-03-03T00:00:00.000Z',
      ruleVersion: 1,
    });
    const queries = new StrategicProjectRiskQueries(reader);
    const [risk] = await queries.findProjectRisks(tenant, { band: 'watch' });
    expect(risk).toMatchObject({ projectId: 'p1', score: 53, cycleId: null });
    expect(risk.reasons.map((reason) => reason.code)).toEqual(['DELIVERY_SLIPPED']);
    expect(await queries.findProjectRisks(tenant, { band: 'at_risk' })).toEqual([]);
  });

  it('reads a leader’s social capital and the relationships it overdrew', async () => {
    const component: ComponentScore = { value: 0.5, weight: 0.2, contribution: 10 };
    const at = '2026-03-03T00:00:00.000Z';
    await saveSocialCapital(pool, schema, tenant, {
      capital: [
        {
          tenantId: tenant,
          leaderId: 'ben',
          divisionId: 'sales',
          score: 60,
          components: byComponent(() => component),
          give: 1,
          recv: 3,
          evidence: byComponent(() => []),
          evaluatedAt: at,
          ruleVersion: 1,
        },
      ],
      dyads: [
        {
          tenantId: tenant,
          leaderId: 'ben',
          divisionId: 'finance',
          give: 1,
          recv: 3,
          strength: 4,
          balance: 0.25,
          hasContact: true,
          value: 0.4,
          netCredit: -2,
          overdrawn: true,
          evaluatedAt: at,
          ruleVersion: 1,
        },
      ],
    });
    const queries = new LeaderSocialCapitalQueries(reader);
    const capital = await queries.findSocialCapital(tenant, 'ben');
    expect(capital).toMatchObject({
      score: 60,
      divisionId: 'sales',
      components: { giving: component },
    });
    expect(capital?.evaluatedAt).toEqual(new Date(at));
    const [overdrawn] = await queries.findOverdrawn(tenant);
    expect(overdrawn).toMatchObject({ leaderId: 'ben', divisionId: 'finance', netCredit: -2 });
  });
});

describe('a reader of the alignment read models', () => {
  let schema: string;
  let reader: DataSource;
  const events = new AlignmentEventFactory(tenant, '0000000a');
  const cycle = '2026-h1';

  beforeAll(async () => {
    ({ schema, reader } = await migratedReader('alignment'));
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const store = new SqlAlignmentStore(client, schema);
      for (const event of [
        events.companyRanked(cycle, 1, ['t1', 't2'], '2026-01-10T09:00:00.000Z'),
        events.ranked('F', cycle, 1, 't:t1 t:t2', '2026-01-12T09:00:00.000Z'),
        events.ranked('O', cycle, 1, 't:t2 t:t1', '2026-01-12T10:00:00.000Z'),
      ])
        await projectAlignmentEvent(store, event);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });
  afterAll(() => reader?.destroy());

  it('reads the pair, the company’s alignment and the re-ranks the projector wrote', async () => {
    const [pair] = await new DivisionPairAlignmentQueries(reader).findPairsOfCycle(tenant, cycle);
    expect(pair).toMatchObject({ divisionA: 'F', divisionB: 'O', supportSymmetric: null });
    expect(pair.themeAgreement).toBeLessThan(1);
    const queries = new CompanyAlignmentQueries(reader);
    const view = await queries.findCompanyAlignment(tenant, cycle);
    expect(view?.company).toMatchObject({ divisionCount: 2, companyVersion: 1, asOf: null });
    expect(view?.vertical.map((v) => [v.divisionId, v.value === 1])).toEqual([
      ['F', true],
      ['O', false],
    ]);
    const history = await queries.findDriftHistory(tenant, cycle);
    expect(history.map((entry) => [entry.rerank.divisionId, entry.rerank.revision])).toEqual([
      ['F', 1],
      ['O', 1],
    ]);
  });
});
