import { randomUUID } from 'node:crypto';
import type { Principal } from '@lib/auth';
import { createPlatformApp } from '@lib/platform';
import { eventually, testEnvironment, uniqueName } from '@lib/testing';
import {
  createTestDatabase,
  principal,
  type RunningCommandService,
  startCommandService,
  TEST_SERVICE_SECRET,
} from '@lib/testing/command-service-harness';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DirectoryProjectorModule } from '../../apps/directory-projector/src/directory-projector.module';
import {
  type GatewayUnderTest,
  startGateway,
} from '../../apps/graphql-gateway/test/gateway-under-test';
import { OrgServiceModule } from '../../apps/org-service/src/org-service.module';
import { PeerServiceModule } from '../../apps/peer-service/src/peer-service.module';

// Read-your-writes through the running apps: a peer request raised through the gateway's
// mutation is in the recipient's inbox as soon as the query given its consistency token answers;
// with the directory projector stopped, the same query answers stale with the lag instead.

const DAY = 24 * 60 * 60 * 1000;
const WAIT = { timeoutMs: 45_000, intervalMs: 200 };

describe('a peer request raised through the gateway, read back from the directory', () => {
  const env = testEnvironment();
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const prefix = `${uniqueName('gateway-to-directory')}.`;
  const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  const admin = principal(tenant, 'admin-1', 'admin');
  const ana = principal(tenant, 'ana', 'leader');
  const ben = principal(tenant, 'ben', 'leader');

  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let org: RunningCommandService;
  let peer: RunningCommandService;
  let projector: NestFastifyApplication | undefined;
  let gateway: GatewayUnderTest;

  const RAISE = `mutation($commandId: ID!, $input: RaisePeerRequestInput!) {
    raisePeerRequest(commandId: $commandId, input: $input) { consistencyToken events { eventId } }
  }`;
  const INBOX = `query($token: String) {
    peerRequests(box: inbox, consistentWith: $token) {
      nodes { requestId status requester { leaderId } }
      stale
      lag { readModel pendingEvents }
    }
  }`;

  const graphql = async (who: Principal, query: string, variables: Record<string, unknown>) =>
    gateway.graphql(query, variables, await gateway.tokenFor(who));

  const raise = async (requestId: string): Promise<string> => {
    const input = {
      requestId,
      requesterId: 'ana',
      recipientId: 'ben',
      kind: 'input',
      topic: `Ana asks Ben: ${requestId}`,
      themeIds: [],
      effort: 'S',
      respondBy: at(2),
      dueAt: at(9),
    };
    const answer = await graphql(ana, RAISE, { commandId: randomUUID(), input });
    expect(answer.errors).toBeUndefined();
    return (answer.data?.raisePeerRequest as { consistencyToken: string }).consistencyToken;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const variables = {
      DATABASE_URL: database.url,
      KAFKA_TOPIC_PREFIX: prefix,
      LOG_LEVEL: 'error',
    };
    org = await startCommandService('org-service', (v) => OrgServiceModule.forRoot(v), variables);
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
    gateway = await startGateway({
      DATABASE_URL: database.url,
      ORG_SERVICE_ADDRESS: `127.0.0.1:${org.variables.TCP_PORT}`,
      PEER_SERVICE_ADDRESS: `127.0.0.1:${peer.variables.TCP_PORT}`,
      CONSISTENCY_WAIT_MS: '10000',
    });
    const send = (type: string, input: unknown) =>
      org.client.send(type, { commandId: randomUUID(), principal: admin, input });
    for (const [divisionId, name] of [
      ['finance', 'Finance'],
      ['operations', 'Operations'],
    ])
      await send('RegisterDivision', { divisionId, name });
    await send('RegisterLeader', {
      leaderId: 'ana',
      divisionId: 'finance',
      name: 'Ana',
      level: 'senior',
    });
    await send('RegisterLeader', {
      leaderId: 'ben',
      divisionId: 'operations',
      name: 'Ben',
      level: 'senior',
    });
    // The peer service learns the leaders from the org topic; the directory too.
    await eventually(() => raise('r-first'), WAIT);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([gateway?.stop(), projector?.close(), peer?.stop(), org?.stop()]);
    await database?.drop();
  }, 60_000);

  it('When Ana raises a request, Then Ben’s inbox given its token shows it at once', async () => {
    const token = await raise('r-second');
    const answer = await graphql(ben, INBOX, { token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.peerRequests).toEqual({
      nodes: [
        { requestId: 'r-second', status: 'raised', requester: { leaderId: 'ana' } },
        { requestId: 'r-first', status: 'raised', requester: { leaderId: 'ana' } },
      ],
      stale: false,
      lag: [],
    });
  });

  it('Given the directory projector stopped, When Ben reads with the token of a new request, Then the answer is stale with the lag', async () => {
    await projector?.close();
    projector = undefined;
    const token = await raise('r-third');
    const answer = await graphql(ben, INBOX, { token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.peerRequests).toMatchObject({
      stale: true,
      lag: [{ readModel: 'directory', pendingEvents: 1 }],
    });
    const ids = (answer.data?.peerRequests as { nodes: { requestId: string }[] }).nodes;
    expect(ids.map((node) => node.requestId)).not.toContain('r-third');
  }, 60_000);
});
