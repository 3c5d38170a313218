import { randomUUID } from 'node:crypto';
import { type Principal, ServiceCredentials } from '@lib/auth';
import type { CommandReply } from '@lib/command-transport';
import { createPlatformApp } from '@lib/platform';
import {
  MutualThemeQueries,
  OrgChartQueries,
  PeerRequestQueries,
  PresentationQueries,
  readModelDataSourceOptions,
  StrategicProjectQueries,
  SupportNeedQueries,
} from '@lib/read-models';
import { eventually, testEnvironment, uniqueName } from '@lib/testing';
import {
  createTestDatabase,
  principal,
  type RunningCommandService,
  startCommandService,
  TEST_SERVICE_SECRET,
} from '@lib/testing/command-service-harness';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { DirectoryProjectorModule } from '../../apps/directory-projector/src/directory-projector.module';
import { DIRECTORY_SCHEMA } from '../../apps/directory-projector/src/directory-projector.options';
import { OrgServiceModule } from '../../apps/org-service/src/org-service.module';
import { ORG_SCHEMA } from '../../apps/org-service/src/org-service.options';
import { PeerServiceModule } from '../../apps/peer-service/src/peer-service.module';
import { PEER_SCHEMA } from '../../apps/peer-service/src/peer-service.options';
import { StrategyServiceModule } from '../../apps/strategy-service/src/strategy-service.module';
import { STRATEGY_SCHEMA } from '../../apps/strategy-service/src/strategy-service.options';

// Commands sent to the three command services, over TCP, reach the directory projector through
// the feed; what portals list and open is then read as a reader reads it (the directory's
// DataSource options), polled until it shows the commands' effect.

const DAY = 24 * 60 * 60 * 1000;
const CYCLE = 'fy-directory';
const WAIT = { timeoutMs: 45_000, intervalMs: 200 };

describe('commands sent to the services, read from the directory', () => {
  const env = testEnvironment();
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const prefix = `${uniqueName('commands-to-directory')}.`;
  const startedAt = Date.now();
  const at = (days: number) => new Date(startedAt + days * DAY).toISOString();
  const admin = principal(tenant, 'admin-1', 'admin');
  const leader = (id: string) => principal(tenant, id, 'leader');
  const head = (id: string) => principal(tenant, id, 'leader', 'division_head');

  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: Pool;
  let org: RunningCommandService;
  let strategy: RunningCommandService;
  let peer: RunningCommandService;
  let projector: NestFastifyApplication;
  let reader: DataSource;

  const send = (
    service: RunningCommandService,
    type: string,
    input: unknown,
    who: Principal,
  ): Promise<CommandReply> =>
    service.client.send(type, { commandId: randomUUID(), principal: who, input });

  /** For a command whose facts come from another service's topic: sent until its copy caught up. */
  const sendOnceKnown = (
    service: RunningCommandService,
    type: string,
    input: unknown,
    who: Principal,
  ): Promise<CommandReply> => eventually(() => send(service, type, input, who), WAIT);

  const count = async (table: string): Promise<number> =>
    (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 2 });
    pool.on('error', () => undefined);
    const variables = {
      DATABASE_URL: database.url,
      KAFKA_TOPIC_PREFIX: prefix,
      LOG_LEVEL: 'error',
    };
    org = await startCommandService('org-service', (v) => OrgServiceModule.forRoot(v), variables);
    strategy = await startCommandService(
      'strategy-service',
      (v) => StrategyServiceModule.forRoot(v),
      variables,
    );
    peer = await startCommandService(
      'peer-service',
      (v) => PeerServiceModule.forRoot(v),
      variables,
    );
    projector = await createPlatformApp(
      DirectoryProjectorModule.forRoot({
        ...process.env,
        ...variables,
        KAFKA_BROKERS: env.kafkaBrokers.join(','),
        SERVICE_CREDENTIAL_SECRET: TEST_SERVICE_SECRET,
      }),
    );
    await projector.listen(0, '127.0.0.1');
    reader = await new DataSource(
      readModelDataSourceOptions({
        readModels: 'directory',
        schema: DIRECTORY_SCHEMA,
        url: database.url,
        poolSize: 2,
      }),
    ).initialize();

    await send(org, 'OpenCycle', { cycleId: CYCLE, startsAt: at(-30), endsAt: at(150) }, admin);
    for (const themeId of ['growth', 'resilience'])
      await send(org, 'DefineTheme', { themeId, cycleId: CYCLE, name: `Theme ${themeId}` }, admin);
    for (const [divisionId, name] of [
      ['finance', 'Finance'],
      ['operations', 'Operations'],
    ])
      await send(org, 'RegisterDivision', { divisionId, name }, admin);
    for (const [leaderId, divisionId] of [
      ['cfo', 'finance'],
      ['ana', 'finance'],
      ['coo', 'operations'],
      ['ben', 'operations'],
    ])
      await send(
        org,
        'RegisterLeader',
        { leaderId, divisionId, name: leaderId, level: 'senior' },
        admin,
      );
    await send(org, 'AppointDivisionHead', { divisionId: 'finance', leaderId: 'cfo' }, admin);
    await send(org, 'AppointDivisionHead', { divisionId: 'operations', leaderId: 'coo' }, admin);
    await send(org, 'DelegateRanking', { divisionId: 'finance', delegateId: 'ana' }, head('cfo'));
    await send(org, 'DeclareCapacity', { leaderId: 'ben', maxOpen: 4 }, leader('ben'));
    await send(org, 'ShareFocusAreas', { leaderId: 'ana', themeIds: ['growth'] }, leader('ana'));

    await sendOnceKnown(
      strategy,
      'RegisterStrategicProject',
      {
        projectId: 'ledger',
        name: 'Ledger migration',
        ownerId: 'ana',
        homeDivisionId: 'finance',
        themeIds: ['growth'],
        tier: 'T1',
        startAt: at(-10),
        targetAt: at(120),
      },
      leader('ana'),
    );
    await send(
      strategy,
      'DeclareSupportNeed',
      {
        needId: 'n-data',
        projectId: 'ledger',
        supportingDivisionId: 'operations',
        keyContactId: 'ben',
        capacityFteWeeks: 6,
        neededBy: at(60),
        criticality: 'blocking',
      },
      leader('ana'),
    );
    await send(
      strategy,
      'CommitSupport',
      { needId: 'n-data', deliverBy: at(50), capacityFteWeeks: 6 },
      head('coo'),
    );

    const raise = (requestId: string, kind: string) => ({
      requestId,
      requesterId: 'ana',
      recipientId: 'ben',
      kind,
      topic: `Ana asks Ben: ${requestId}`,
      themeIds: ['growth'],
      effort: 'S',
      respondBy: at(2),
      dueAt: at(9),
      overrideReason: 'Ben is the one who knows',
    });
    await sendOnceKnown(peer, 'RaisePeerRequest', raise('r-help', 'help'), leader('ana'));
    await send(
      peer,
      'AcceptPeerRequest',
      { requestId: 'r-help', expectedBy: at(5) },
      leader('ben'),
    );
    await send(peer, 'RaisePeerRequest', raise('r-input', 'input'), leader('ana'));
    await send(
      peer,
      'InvitePeerToPresent',
      {
        invitationId: 'i-ops',
        hostId: 'ana',
        presenterId: 'ben',
        meetingAt: at(14),
        topic: 'How Operations plans',
      },
      leader('ana'),
    );
    await send(
      peer,
      'RespondToInvitation',
      { invitationId: 'i-ops', response: 'accept' },
      leader('ben'),
    );
    await send(
      peer,
      'ProposeMutualTheme',
      { mutualThemeId: 'm-growth', leaderIds: ['ana', 'ben'], themeId: 'growth' },
      leader('ana'),
    );
    await send(peer, 'ConfirmMutualTheme', { mutualThemeId: 'm-growth' }, leader('ben'));
  }, 120_000);

  afterAll(async () => {
    await Promise.all([projector?.close(), peer?.stop(), strategy?.stop(), org?.stop()]);
    await reader?.destroy();
    await pool?.end();
    await database?.drop();
  }, 60_000);

  it('lists the leaders with their division, status, capacity and focus areas', async () => {
    const orgChart = new OrgChartQueries(reader);
    await eventually(async () => {
      const finance = await orgChart.findLeaders(tenant, { divisionId: 'finance' });
      expect(finance.edges.map((edge) => edge.node.leaderId)).toEqual(['ana', 'cfo']);
      const [ben, ana] = await orgChart.findLeadersByIds(tenant, ['ben', 'ana']);
      expect(ben).toMatchObject({ divisionId: 'operations', status: 'active', maxOpen: 4 });
      expect(ana).toMatchObject({ focusCycleId: CYCLE, focusThemeIds: ['growth'] });
    }, WAIT);
  });

  it('lists the divisions with their heads and delegates, and the cycle with its themes', async () => {
    const orgChart = new OrgChartQueries(reader);
    await eventually(async () => {
      const divisions = await orgChart.findDivisions(tenant);
      expect(
        divisions.edges.map(({ node }) => [node.divisionId, node.headId, node.delegateIds]),
      ).toEqual([
        ['finance', 'cfo', ['ana']],
        ['operations', 'coo', []],
      ]);
      const cycles = await orgChart.findCycles(tenant, { status: 'open' });
      expect(cycles.edges.map((edge) => edge.node.cycleId)).toEqual([CYCLE]);
      const [themes] = await orgChart.findThemesOfCycles(tenant, [CYCLE]);
      expect(themes.map((theme) => theme.name)).toEqual(['Theme growth', 'Theme resilience']);
    }, WAIT);
  });

  it('shows Ben’s inbox and Ana’s outbox, newest first, filtered by status and kind', async () => {
    const requests = new PeerRequestQueries(reader);
    await eventually(async () => {
      const inbox = await requests.findBox(tenant, 'ben', 'inbox');
      expect(inbox.edges.map(({ node }) => [node.requestId, node.status, node.kind])).toEqual([
        ['r-input', 'raised', 'input'],
        ['r-help', 'accepted', 'help'],
      ]);
      const accepted = await requests.findBox(tenant, 'ben', 'inbox', { statuses: ['accepted'] });
      expect(accepted.edges.map(({ node }) => node.requestId)).toEqual(['r-help']);
      const inputs = await requests.findBox(tenant, 'ana', 'outbox', { kinds: ['input'] });
      expect(inputs.edges.map(({ node }) => [node.requestId, node.recipientId])).toEqual([
        ['r-input', 'ben'],
      ]);
      expect(inbox.edges[1].node.expectedBy).toEqual(new Date(at(5)));
    }, WAIT);
  });

  it('shows the presentation and the mutual theme with what became of them', async () => {
    await eventually(async () => {
      const presenting = await new PresentationQueries(reader).findOfLeader(
        tenant,
        'ben',
        'presenter',
      );
      expect(
        presenting.edges.map(({ node }) => [node.invitationId, node.hostId, node.status]),
      ).toEqual([['i-ops', 'ana', 'accepted']]);
      const themes = await new MutualThemeQueries(reader).findOfLeader(tenant, 'ben', 'partner');
      expect(
        themes.edges.map(({ node }) => [node.mutualThemeId, node.themeId, node.status]),
      ).toEqual([['m-growth', 'growth', 'confirmed']]);
    }, WAIT);
  });

  it('shows the strategic project and its support need with the commitment history', async () => {
    await eventually(async () => {
      const [project] = await new StrategicProjectQueries(reader).findByIds(tenant, ['ledger']);
      expect(project).toMatchObject({
        ownerId: 'ana',
        homeDivId: 'finance',
        tier: 'T1',
        status: 'active',
      });
      const [needs] = await new SupportNeedQueries(reader).findNeedsOfProjects(tenant, ['ledger']);
      expect(needs.map((need) => [need.needId, need.state, need.supportingDivId])).toEqual([
        ['n-data', 'committed', 'operations'],
      ]);
      expect(needs[0].history.map((entry) => entry.type)).toEqual([
        'SupportNeedDeclared',
        'SupportCommitted',
      ]);
    }, WAIT);
  });

  describe('when Finance is merged into Operations', () => {
    beforeAll(async () => {
      await send(
        org,
        'MergeDivisions',
        { targetId: 'operations', sourceIds: ['finance'], effectiveAt: at(0) },
        admin,
      );
    });

    it('then Finance’s leaders and projects are in Operations, and Finance is listed as merged', async () => {
      const orgChart = new OrgChartQueries(reader);
      await eventually(async () => {
        const [ana] = await orgChart.findLeadersByIds(tenant, ['ana']);
        expect(ana).toMatchObject({ divisionId: 'operations', recordedDivisionId: 'finance' });
        const [project] = await new StrategicProjectQueries(reader).findByIds(tenant, ['ledger']);
        expect(project?.homeDivId).toBe('operations');
        const current = await orgChart.findDivisions(tenant);
        expect(current.edges.map(({ node }) => node.divisionId)).toEqual(['operations']);
        const [finance] = await orgChart.findDivisionsByIds(tenant, ['finance']);
        expect(finance?.mergedInto).toBe('operations');
      }, WAIT);
    });

    it('then the projector has applied every event of the three topics once and parked none', async () => {
      await eventually(async () => {
        const stored =
          (await count(`${ORG_SCHEMA}.events`)) +
          (await count(`${STRATEGY_SCHEMA}.events`)) +
          (await count(`${PEER_SCHEMA}.events`));
        expect(await count(`${DIRECTORY_SCHEMA}.projection_inbox`)).toBe(stored);
      }, WAIT);
      expect(await count(`${DIRECTORY_SCHEMA}.parked_messages`)).toBe(0);
    });

    it('then a rebuild from offset 0 into a shadow schema has exactly the same rows', async () => {
      const token = await new ServiceCredentials(TEST_SERVICE_SECRET).issue(
        'admin-reporting',
        'directory-projector',
      );
      const response = await fetch(`${await projector.getUrl()}/projection/rebuild`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      const report = (await response.json()) as { identical: boolean; tables: unknown[] };
      expect(response.status).toBe(201);
      expect(report.tables).toHaveLength(9);
      expect(report.identical).toBe(true);
    }, 120_000);
  });
});
