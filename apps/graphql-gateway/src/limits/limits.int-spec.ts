import { principal } from '@lib/testing/command-service-harness';
import { type GatewayUnderTest, startGateway } from '../../test/gateway-under-test';

// Each limit refuses an operation before it runs, with a code of its own.
describe('the limits of one operation', () => {
  let gateway: GatewayUnderTest;
  let token: string;

  beforeAll(async () => {
    gateway = await startGateway({
      GRAPHQL_MAX_DEPTH: '8',
      GRAPHQL_MAX_ALIASES: '3',
      GRAPHQL_MAX_COST: '500',
      GRAPHQL_MAX_BODY_BYTES: '2048',
      RATE_LIMIT_PER_MINUTE: '1000',
    });
    token = await gateway.tokenFor(principal('tenant-limits', 'ada', 'leader'));
  });
  afterAll(() => gateway.stop());

  const codeOf = (answer: { errors?: { extensions: Record<string, unknown> }[] }) =>
    answer.errors?.map((error) => error.extensions.code);

  it('Given a query deeper than the limit, When sent, Then DEPTH_LIMIT_EXCEEDED', async () => {
    // Nine levels; GraphiQL's own introspection query needs seven.
    const answer = await gateway.graphql(
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }',
      {},
      token,
    );
    expect(answer.statusCode).toBe(400);
    expect(codeOf(answer)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
  });

  it('Given more aliases than the limit, When sent, Then ALIAS_LIMIT_EXCEEDED', async () => {
    const answer = await gateway.graphql(
      '{ a: viewer { leaderId } b: viewer { leaderId } c: viewer { leaderId } d: viewer { leaderId } }',
      {},
      token,
    );
    expect(codeOf(answer)).toEqual(['ALIAS_LIMIT_EXCEEDED']);
  });

  it('Given a list whose page multiplies its cost past the limit, When sent, Then COST_LIMIT_EXCEEDED before it runs', async () => {
    const answer = await gateway.graphql(
      'query ($first: Int) { projectRisks(first: $first) { nodes { projectId score reasons { code evidence { eventId } } needs { needId } } } }',
      { first: 100 },
      token,
    );
    expect(codeOf(answer)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(answer.errors?.[0].extensions).toEqual(expect.objectContaining({ limit: 500 }));
  });

  it('Given two operations in one request, When sent, Then BATCHED_OPERATIONS_NOT_ALLOWED', async () => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      payload: JSON.stringify([
        { query: '{ viewer { leaderId } }' },
        { query: '{ viewer { roles } }' },
      ]),
    });
    expect(response.statusCode).toBe(400);
    expect(codeOf(response.json())).toEqual(['BATCHED_OPERATIONS_NOT_ALLOWED']);
  });

  it('Given a body larger than the limit, When sent, Then BODY_TOO_LARGE', async () => {
    const answer = await gateway.graphql(
      `{ viewer { leaderId } } # ${'x'.repeat(4096)}`,
      {},
      token,
    );
    expect(answer.statusCode).toBe(413);
    expect(codeOf(answer)).toEqual(['BODY_TOO_LARGE']);
  });

  it('Given a page larger than the cap, When asked, Then VALIDATION_FAILED names first', async () => {
    const answer = await gateway.graphql(
      '{ projectRisks(first: 101) { nodes { projectId } } }',
      {},
      token,
    );
    expect(answer.errors?.[0].extensions).toEqual(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ field: 'first' })],
      }),
    );
  });
});

describe('the rate limit per principal', () => {
  let gateway: GatewayUnderTest;

  beforeAll(async () => {
    gateway = await startGateway({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => gateway.stop());

  it('Given a principal over its rate, When it asks again, Then RATE_LIMITED, while another principal is served', async () => {
    // The window is a wall-clock minute: start well inside one, so all four requests share it.
    while (Date.now() % 60_000 > 55_000) await new Promise((resolve) => setTimeout(resolve, 500));
    const ada = await gateway.tokenFor(principal('tenant-rate', 'ada', 'leader'));
    const bob = await gateway.tokenFor(principal('tenant-rate', 'bob', 'leader'));
    const answers = [];
    for (let i = 0; i < 4; i += 1)
      answers.push(await gateway.graphql('{ viewer { leaderId } }', {}, ada));
    expect(answers.map((answer) => answer.errors?.[0].extensions.code)).toEqual([
      undefined,
      undefined,
      undefined,
      'RATE_LIMITED',
    ]);
    expect(answers[3].statusCode).toBe(429);
    expect((await gateway.graphql('{ viewer { leaderId } }', {}, bob)).data).toEqual({
      viewer: { leaderId: 'bob' },
    });
  });
});

describe('in production', () => {
  let gateway: GatewayUnderTest;

  beforeAll(async () => {
    gateway = await startGateway({ NODE_ENV: 'production' });
  });
  afterAll(() => gateway.stop());

  it('Given an introspection query, When sent, Then INTROSPECTION_DISABLED', async () => {
    const token = await gateway.tokenFor(principal('tenant-prod', 'ada', 'leader'));
    const answer = await gateway.graphql('{ __schema { queryType { name } } }', {}, token);
    // One error per introspection field it asks for.
    const codes = answer.errors?.map((error) => error.extensions.code) ?? [];
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['INTROSPECTION_DISABLED']));
  });

  it('serves no GraphiQL', async () => {
    expect((await gateway.app.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(404);
  });
});
