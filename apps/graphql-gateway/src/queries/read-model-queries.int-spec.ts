import { randomUUID } from 'node:crypto';
import { createTestDatabase, principal } from '@lib/testing/command-service-harness';
import { type GatewayUnderTest, startGateway } from '../../test/gateway-under-test';
import { riskReadModelsIn } from '../../test/seeded-risk-read-models';
import { consistencyToken } from '../consistency/consistency-token';
import { StatementCounter } from '../read-models/read-model-sources';

describe('queries over the risk read models', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let readModels: Awaited<ReturnType<typeof riskReadModelsIn>>;
  let gateway: GatewayUnderTest;
  const tenantA = 'tenant-a';
  const tenantB = 'tenant-b';
  const ana = principal(tenantA, 'ana', 'leader');

  beforeAll(async () => {
    database = await createTestDatabase();
    readModels = await riskReadModelsIn(database.url);
    for (let p = 0; p < 50; p += 1)
      await readModels.project(tenantA, `p${String(p).padStart(2, '0')}`, 20 + p);
    await readModels.project(tenantB, 'secret-b', 99);
    await readModels.socialCapital(tenantA, 'ana', 42);
    await readModels.socialCapital(tenantA, 'ben', 17);
    gateway = await startGateway({ DATABASE_URL: database.url, CONSISTENCY_WAIT_MS: '300' });
  });
  afterAll(async () => {
    await gateway.stop();
    await readModels.end();
    await database.drop();
  });

  const PAGE = `query ($first: Int, $after: String) {
    projectRisks(first: $first, after: $after) {
      nodes { projectId score band reasons { code contribution evidence { eventId type } } needs { needId state declineReason } }
      pageInfo { hasNextPage endCursor }
      stale
    }
  }`;

  it('Given 50 projects with their needs, When listed with risk and needs, Then a bounded number of statements run', async () => {
    const counter = gateway.app.get(StatementCounter);
    const before = counter.count;
    const answer = await gateway.graphql(PAGE, { first: 50 }, await gateway.tokenFor(ana));
    expect(answer.errors).toBeUndefined();
    const { nodes } = answer.data!.projectRisks as { nodes: { needs: unknown[]; score: number }[] };
    expect(nodes).toHaveLength(50);
    expect(nodes.every((node) => node.needs.length === 2)).toBe(true);
    // One page of risks and one batch of every listed project's needs.
    expect(counter.count - before).toBeLessThanOrEqual(2);
  });

  it('Given a page, When the next is asked after its cursor, Then it continues in score order', async () => {
    const token = await gateway.tokenFor(ana);
    const first = await gateway.graphql(PAGE, { first: 20 }, token);
    const page1 = first.data!.projectRisks as {
      nodes: { score: number }[];
      pageInfo: { endCursor: string; hasNextPage: boolean };
    };
    const second = await gateway.graphql(
      PAGE,
      { first: 40, after: page1.pageInfo.endCursor },
      token,
    );
    const page2 = second.data!.projectRisks as typeof page1;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const scores = [...page1.nodes, ...page2.nodes].map((node) => node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores).toHaveLength(50);
  });

  it("Given another tenant's project id, When its risk is asked, Then nothing of it is answered", async () => {
    const token = await gateway.tokenFor(ana);
    const answer = await gateway.graphql(
      '{ projectRisk(projectId: "secret-b") { score } }',
      {},
      token,
    );
    expect(answer.data).toEqual({ projectRisk: null });
    const list = await gateway.graphql(PAGE, { first: 100 }, token);
    const ids = (list.data!.projectRisks as { nodes: { projectId: string }[] }).nodes.map(
      (n) => n.projectId,
    );
    expect(ids).not.toContain('secret-b');
  });

  describe("a leader's social capital", () => {
    const QUERY = '{ socialCapital(leaderId: "ben") { score components { name contribution } } }';

    it('is visible to that leader', async () => {
      const ben = await gateway.tokenFor(principal(tenantA, 'ben', 'leader'));
      expect((await gateway.graphql(QUERY, {}, ben)).data).toEqual({
        socialCapital: expect.objectContaining({ score: 17 }),
      });
    });

    it.each([
      ['an executive', principal(tenantA, 'cio', 'leader', 'executive')],
      ['an admin', principal(tenantA, 'root', 'admin')],
    ])('is visible to %s', async (_, who) => {
      const answer = await gateway.graphql(QUERY, {}, await gateway.tokenFor(who));
      expect(answer.errors).toBeUndefined();
    });

    it.each([
      ['a peer', principal(tenantA, 'ana', 'leader')],
      ['a division head (their manager)', principal(tenantA, 'cfo', 'leader', 'division_head')],
    ])('is FORBIDDEN to %s', async (_, who) => {
      const answer = await gateway.graphql(QUERY, {}, await gateway.tokenFor(who));
      expect(answer.errors?.[0].extensions).toEqual(
        expect.objectContaining({ code: 'FORBIDDEN', rule: 'SOCIAL_CAPITAL_VISIBILITY' }),
      );
    });
  });

  describe('the overloaded list', () => {
    const QUERY =
      '{ overloadedLeaders(first: 10) { nodes { leaderId } pageInfo { hasNextPage } } }';

    it('is FORBIDDEN to a leader who is not an admin', async () => {
      const answer = await gateway.graphql(QUERY, {}, await gateway.tokenFor(ana));
      expect(answer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('is a connection for an admin', async () => {
      const root = await gateway.tokenFor(principal(tenantA, 'root', 'admin'));
      expect((await gateway.graphql(QUERY, {}, root)).data).toEqual({
        overloadedLeaders: { nodes: [], pageInfo: { hasNextPage: false } },
      });
    });
  });

  describe('read-your-writes', () => {
    it('Given a token whose events the read model applied, When asked with it, Then the answer is not stale', async () => {
      const eventId = randomUUID();
      await readModels.applied(eventId);
      const token = consistencyToken([{ topic: 'strategy', eventId }]);
      const answer = await gateway.graphql(
        'query ($t: String) { projectRisks(first: 1, consistentWith: $t) { stale lag { readModel pendingEvents } } }',
        { t: token },
        await gateway.tokenFor(ana),
      );
      expect(answer.data).toEqual({ projectRisks: { stale: false, lag: [] } });
    });

    it('Given a token the read model does not reach within the wait, When asked, Then it answers stale with the lag', async () => {
      const token = consistencyToken([{ topic: 'peer', eventId: randomUUID() }]);
      const startedAt = Date.now();
      const answer = await gateway.graphql(
        'query ($t: String) { projectRisk(projectId: "p01", consistentWith: $t) { score stale lag { readModel pendingEvents } } }',
        { t: token },
        await gateway.tokenFor(ana),
      );
      expect(Date.now() - startedAt).toBeLessThan(5_000);
      expect(answer.data).toEqual({
        projectRisk: { score: 21, stale: true, lag: [{ readModel: 'risk', pendingEvents: 1 }] },
      });
    });

    it('Given a malformed token, When asked with it, Then VALIDATION_FAILED names consistentWith', async () => {
      const answer = await gateway.graphql(
        '{ viewer { leaderId } projectRisks(consistentWith: "nope") { stale } }',
        {},
        await gateway.tokenFor(ana),
      );
      expect(answer.errors?.[0].extensions).toEqual(
        expect.objectContaining({
          code: 'VALIDATION_FAILED',
          errors: [expect.objectContaining({ field: 'consistentWith' })],
        }),
      );
    });
  });
});
