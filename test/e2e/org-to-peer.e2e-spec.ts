import { randomUUID } from 'node:crypto';
import type { Principal } from '@lib/auth';
import { CommandRejected } from '@lib/command-transport';
import { eventually, uniqueName } from '@lib/testing';
import {
  createTestDatabase,
  principal,
  type RunningCommandService,
  startCommandService,
} from '@lib/testing/command-service-harness';
import { OrgServiceModule } from '../../apps/org-service/src/org-service.module';
import { PeerServiceModule } from '../../apps/peer-service/src/peer-service.module';

// The org service and the peer service side by side on one database (each in its own schema)
// and one set of topics: what the org service records reaches the peer service only through
// leadership.org.v1.

describe('leaders registered in the org service', () => {
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const admin = principal(tenant, 'admin-1', 'admin');
  const ana = principal(tenant, 'ana');
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let org: RunningCommandService;
  let peer: RunningCommandService;

  const send = (service: RunningCommandService, type: string, input: unknown, who: Principal) =>
    service.client.send(type, { commandId: randomUUID(), principal: who, input });

  const rejection = (attempt: Promise<unknown>) =>
    attempt.then(
      () => {
        throw new Error('the command was accepted');
      },
      (error: unknown) => {
        if (!(error instanceof CommandRejected)) throw error;
        return error.error;
      },
    );

  const raise = (recipientId: string) => ({
    requestId: randomUUID(),
    requesterId: 'ana',
    recipientId,
    kind: 'intro',
    topic: 'Introduction to the logistics team',
    effort: 'S',
    respondBy: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    const variables = {
      DATABASE_URL: database.url,
      KAFKA_TOPIC_PREFIX: `${uniqueName('org-to-peer')}.`,
    };
    org = await startCommandService('org-service', (v) => OrgServiceModule.forRoot(v), variables);
    peer = await startCommandService(
      'peer-service',
      (v) => PeerServiceModule.forRoot(v),
      variables,
    );
    for (const [divisionId, name] of [
      ['finance', 'Finance'],
      ['ops', 'Operations'],
    ]) {
      await send(org, 'RegisterDivision', { divisionId, name }, admin);
    }
    for (const [leaderId, divisionId] of [
      ['ana', 'finance'],
      ['ben', 'ops'],
    ]) {
      await send(
        org,
        'RegisterLeader',
        { leaderId, divisionId, name: leaderId, level: 'senior' },
        admin,
      );
    }
  });

  afterAll(async () => {
    await peer?.stop();
    await org?.stop();
    await database?.drop();
  });

  it('can ask each other for help through the peer service once its directory has caught up', async () => {
    const reply = await eventually(() => send(peer, 'RaisePeerRequest', raise('ben'), ana), {
      timeoutMs: 45_000,
      intervalMs: 250,
    });
    expect(reply.events).toEqual([expect.objectContaining({ type: 'PeerRequestRaised' })]);
  });

  it('cannot ask a leader the org service never registered', async () => {
    expect(await rejection(send(peer, 'RaisePeerRequest', raise('zed'), ana))).toMatchObject({
      code: 'NOT_FOUND',
      rule: 'RECIPIENT_NOT_FOUND',
      field: 'recipientId',
    });
  });

  it('can no longer ask a leader once the org service deactivates them', async () => {
    await send(org, 'DeactivateLeader', { leaderId: 'ben' }, admin);
    await eventually(
      async () =>
        expect(await rejection(send(peer, 'RaisePeerRequest', raise('ben'), ana))).toMatchObject({
          code: 'RULE_VIOLATED',
          rule: 'RECIPIENT_INACTIVE',
        }),
      { timeoutMs: 45_000, intervalMs: 250 },
    );
  });
});
