import { principal } from '@lib/testing/command-service-harness';
import { type GatewayUnderTest, startGateway } from '../test/gateway-under-test';

describe('the GraphQL gateway', () => {
  let gateway: GatewayUnderTest;
  const ada = principal('tenant-smoke', 'ada', 'leader');

  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(() => gateway.stop());

  it('Given a valid token, When the viewer is asked, Then it names the principal', async () => {
    const answer = await gateway.graphql(
      '{ viewer { leaderId tenantId roles stale } }',
      {},
      await gateway.tokenFor(ada),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      viewer: { leaderId: 'ada', tenantId: 'tenant-smoke', roles: ['leader'], stale: false },
    });
  });

  it('Given no token, When the viewer is asked, Then the answer is UNAUTHENTICATED', async () => {
    const answer = await gateway.graphql('{ viewer { leaderId } }');
    expect(answer.statusCode).toBe(401);
    expect(answer.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('Given no projector has created its tables, When risks are asked, Then READ_MODEL_UNAVAILABLE', async () => {
    const answer = await gateway.graphql(
      '{ projectRisks(first: 5) { nodes { projectId } } }',
      {},
      await gateway.tokenFor(ada),
    );
    expect(answer.errors?.[0].extensions.code).toBe('READ_MODEL_UNAVAILABLE');
  });

  it('serves health like every app', async () => {
    const response = await gateway.app.inject({ method: 'GET', url: '/health/live' });
    expect(response.statusCode).toBe(200);
  });
});
