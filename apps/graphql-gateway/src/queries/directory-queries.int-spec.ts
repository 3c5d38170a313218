import { randomUUID } from 'node:crypto';
import { migrateProjectionRuntime } from '@lib/projections';
import {
  type DirectoryEvent,
  type DirectoryWriter,
  loadDivisionMerges,
  migrateDirectoryReadModels,
  orgChartWriters,
  peerRequestWriters,
  strategicProjectWriters,
  supportNeedWriters,
} from '@lib/read-models';
import { createTestDatabase, principal } from '@lib/testing/command-service-harness';
import { Pool } from 'pg';
import { consistencyToken } from '../consistency/consistency-token';
import { StatementCounter } from '../read-models/read-model-sources';
import { type GatewayUnderTest, startGateway } from '../../test/gateway-under-test';

// The directory's queries through GraphQL over rows the directory projection's writers stored in
// the directory schema: Relay pages, loaders, visibility, tenancy, refusals and freshness.

const SCHEMA = 'directory';
const writers: Readonly<Record<string, DirectoryWriter>> = {
  ...orgChartWriters,
  ...peerRequestWriters,
  ...strategicProjectWriters,
  ...supportNeedWriters,
};

class Events {
  private minute = 0;
  constructor(private readonly tenantId: string) {}
  next(type: string, data: unknown, streamVersion = 1): DirectoryEvent {
    this.minute += 1;
    const at = new Date(
      Date.parse('2026-03-02T09:00:00.000Z') + this.minute * 60_000,
    ).toISOString();
    const eventId = randomUUID();
    return {
      eventId,
      type,
      streamVersion,
      tenantId: this.tenantId,
      occurredAt: at,
      recordedAt: at,
      data,
    };
  }
}

describe('the directory through GraphQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: Pool;
  let gateway: GatewayUnderTest;
  const ana = principal('acme', 'ana', 'leader');
  const ben = principal('acme', 'ben', 'leader');
  const intruder = principal('globex', 'ben', 'leader');

  const store = async (events: readonly DirectoryEvent[]) => {
    for (const event of events) {
      const merges = () => loadDivisionMerges(pool, SCHEMA, event.tenantId);
      await writers[event.type]({ db: pool, schema: SCHEMA, merges }, event as never);
    }
  };
  const ask = async (who: typeof ana, query: string, variables: Record<string, unknown> = {}) =>
    gateway.graphql(query, variables, await gateway.tokenFor(who));

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 2 });
    await migrateProjectionRuntime(pool, SCHEMA);
    await migrateDirectoryReadModels(pool, SCHEMA);
    const acme = new Events('acme');
    const leader = (leaderId: string, divisionId: string) =>
      acme.next('LeaderRegistered', {
        leaderId,
        divisionId,
        name: leaderId.toUpperCase(),
        level: 'senior',
      });
    const raise = (requestId: string, kind: string) =>
      acme.next('PeerRequestRaised', {
        requestId,
        requesterId: 'ana',
        requesterDivId: 'finance',
        recipientId: 'ben',
        recipientDivId: 'ops',
        kind,
        topic: `About ${requestId}`,
        themeIds: [],
        effort: 'S',
        respondBy: '2026-03-05T09:00:00Z',
        dueAt: '2026-03-09T09:00:00Z',
        warnings: kind === 'intro' ? ['NO_INTERSECTION'] : [],
      });
    await store([
      acme.next('DivisionRegistered', { divisionId: 'finance', name: 'Finance' }),
      acme.next('DivisionRegistered', { divisionId: 'ops', name: 'Operations' }),
      acme.next('CycleOpened', {
        cycleId: 'fy26',
        startsAt: '2026-01-01T00:00:00Z',
        endsAt: '2026-12-31T00:00:00Z',
      }),
      acme.next('ThemeDefined', { themeId: 'growth', cycleId: 'fy26', name: 'Growth' }),
      ...['ana', 'cfo', 'fay'].map((id) => leader(id, 'finance')),
      ...['ben', 'coo'].map((id) => leader(id, 'ops')),
      acme.next('DivisionHeadAppointed', { divisionId: 'finance', leaderId: 'cfo' }, 2),
      acme.next(
        'FocusAreasShared',
        { leaderId: 'ana', divisionId: 'finance', cycleId: 'fy26', themeIds: ['growth'] },
        2,
      ),
      raise('r1', 'help'),
      raise('r2', 'input'),
      raise('r3', 'intro'),
      acme.next('StrategicProjectRegistered', {
        projectId: 'ledger',
        name: 'Ledger migration',
        ownerId: 'ana',
        homeDivId: 'finance',
        themeIds: ['growth'],
        tier: 'T1',
        startAt: '2026-01-15T00:00:00Z',
        targetAt: '2026-09-30T00:00:00Z',
      }),
      acme.next('SupportNeedDeclared', {
        needId: 'n1',
        projectId: 'ledger',
        supportingDivId: 'ops',
        homeDivId: 'finance',
        capacity: 3,
        neededBy: '2026-06-01T00:00:00Z',
        criticality: 'blocking',
      }),
      new Events('globex').next('LeaderRegistered', {
        leaderId: 'zed',
        divisionId: 'x',
        name: 'Zed',
        level: 'senior',
      }),
    ]);
    gateway = await startGateway({ DATABASE_URL: database.url, CONSISTENCY_WAIT_MS: '300' });
  }, 60_000);

  afterAll(async () => {
    await gateway?.stop();
    await pool?.end();
    await database?.drop();
  });

  const INBOX = `query Inbox($after: String, $statuses: [PeerRequestStatus!], $kinds: [PeerRequestKind!]) {
    peerRequests(box: inbox, first: 2, after: $after, statuses: $statuses, kinds: $kinds) {
      nodes { requestId kind status warnings requester { name division { name } } }
      pageInfo { hasNextPage endCursor }
      stale
    }
  }`;

  it('Given Ben’s inbox, When he pages through it, Then he sees every request newest first, once', async () => {
    const first = await ask(ben, INBOX);
    expect(first.errors).toBeUndefined();
    const page = first.data?.peerRequests as {
      nodes: { requestId: string; requester: unknown }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    expect(page.nodes.map((node) => node.requestId)).toEqual(['r3', 'r2']);
    expect(page.nodes[0].requester).toEqual({ name: 'ANA', division: { name: 'Finance' } });
    const second = await ask(ben, INBOX, { after: page.pageInfo.endCursor });
    expect(second.data?.peerRequests).toMatchObject({
      nodes: [{ requestId: 'r1', status: 'raised', kind: 'help' }],
      pageInfo: { hasNextPage: false },
    });
  });

  it('When Ben filters his inbox by kind, Then only that kind answers, with its warnings', async () => {
    const answer = await ask(ben, INBOX, { kinds: ['intro'], statuses: ['raised'] });
    expect(answer.data?.peerRequests).toMatchObject({
      nodes: [{ requestId: 'r3', warnings: ['NO_INTERSECTION'] }],
    });
  });

  it('When Ana asks for Ben’s inbox, Then the answer is FORBIDDEN', async () => {
    const answer = await ask(
      ana,
      '{ peerRequests(box: inbox, leaderId: "ben") { nodes { requestId } } }',
    );
    expect(answer.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'OWN_REQUESTS_ONLY',
    });
  });

  it('Given a token of another tenant, When it asks with this tenant’s ids, Then it sees none of them', async () => {
    const answer = await ask(
      intruder,
      '{ peerRequests(box: inbox) { nodes { requestId } } leader(leaderId: "ana") { name } strategicProject(projectId: "ledger") { name } leaders { nodes { leaderId } } }',
    );
    expect(answer.data).toEqual({
      peerRequests: { nodes: [] },
      leader: null,
      strategicProject: null,
      leaders: { nodes: [{ leaderId: 'zed' }] },
    });
  });

  it.each([
    ['a cursor that is not one', '{ leaders(after: "nonsense") { nodes { leaderId } } }', 'after'],
    ['a page size out of range', '{ leaders(first: 0) { nodes { leaderId } } }', 'first'],
    [
      'an unknown commitment state',
      '{ supportNeeds(states: ["maybe"]) { nodes { needId } } }',
      'states',
    ],
  ])('Given %s, Then the answer is VALIDATION_FAILED naming the field', async (_, query, field) => {
    const answer = await ask(ana, query);
    expect(answer.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ field })],
    });
  });

  it('When leaders are listed with their divisions and focus areas, Then the statements do not grow with the list', async () => {
    const counter = gateway.app.get(StatementCounter);
    const before = counter.count;
    const answer = await ask(
      ana,
      '{ leaders(first: 50) { nodes { leaderId division { name head { name } } focusAreas { name } } } }',
    );
    expect(answer.errors).toBeUndefined();
    expect((answer.data?.leaders as { nodes: unknown[] }).nodes).toHaveLength(5);
    // The page, then one batch per loader level: divisions, their heads, the themes.
    expect(counter.count - before).toBeLessThanOrEqual(4);
  });

  it('When a project is opened, Then it shows its owner and its needs with their commitment history', async () => {
    const answer = await ask(
      ana,
      '{ strategicProjects { nodes { projectId owner { name } needs { needId state promiseHistory { type } } } } planningCycles { nodes { cycleId themes { name } } } }',
    );
    expect(answer.data).toEqual({
      strategicProjects: {
        nodes: [
          {
            projectId: 'ledger',
            owner: { name: 'ANA' },
            needs: [
              { needId: 'n1', state: 'pending', promiseHistory: [{ type: 'SupportNeedDeclared' }] },
            ],
          },
        ],
      },
      planningCycles: { nodes: [{ cycleId: 'fy26', themes: [{ name: 'Growth' }] }] },
    });
  });

  it('Given a token of events the directory has not applied, Then the answer says stale, with the lag', async () => {
    const token = consistencyToken([{ topic: 'peer', eventId: randomUUID() }]);
    const answer = await ask(
      ben,
      'query($token: String) { peerRequests(box: inbox, consistentWith: $token) { stale lag { readModel pendingEvents } } }',
      { token },
    );
    expect(answer.data?.peerRequests).toEqual({
      stale: true,
      lag: [{ readModel: 'directory', pendingEvents: 1 }],
    });
  });
});
