import { randomUUID } from 'node:crypto';
import { ServiceCredentials } from '@lib/auth';
import { CommandRejected, type CommandReply } from '@lib/command-transport';
import { createTopics, eventually, testEnvironment, uniqueName, FeedReader } from '@lib/testing';
import {
  createTestDatabase,
  principal,
  type RunningCommandService,
  startCommandService,
  TEST_SERVICE_SECRET,
} from '@lib/testing/command-service-harness';
import { databasePool } from '@lib/platform';
import type { Pool } from 'pg';
import { OrgServiceModule } from './org-service.module';

describe('the org service', () => {
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const admin = principal(tenant, 'admin-1', 'admin');
  const topicPrefix = `${uniqueName('org-service')}.`;
  const topic = `${topicPrefix}leadership.org.v1`;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let service: RunningCommandService;
  let pool: Pool;
  let feed: FeedReader;

  const send = (type: string, input: unknown, who = admin, commandId = randomUUID()) =>
    service.client.send(type, { commandId, principal: who, input });

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

  const storedEvents = async () =>
    (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM org.events')).rows[0].n;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = databasePool(database.url, 2);
    await createTopics(testEnvironment().kafkaBrokers, [{ topic, numPartitions: 3 }]);
    service = await startCommandService(
      'org-service',
      (variables) => OrgServiceModule.forRoot(variables),
      {
        DATABASE_URL: database.url,
        KAFKA_TOPIC_PREFIX: topicPrefix,
      },
    );
    feed = await FeedReader.read(topic);
  });

  afterAll(async () => {
    await feed?.stop();
    await service?.stop();
    await pool?.end();
    await database?.drop();
  });

  describe('when an admin registers a division and a leader in it', () => {
    let division: CommandReply;
    let leader: CommandReply;

    beforeAll(async () => {
      division = await send('RegisterDivision', { divisionId: 'finance', name: 'Finance' });
      leader = await send('RegisterLeader', {
        leaderId: 'ada',
        divisionId: 'finance',
        name: 'Ada',
        level: 'senior',
      });
    });

    it('answers with the appended events, their ids and positions', () => {
      expect(division).toMatchObject({
        streamId: `division:${tenant}:finance`,
        streamVersion: 1,
        replayed: false,
        warnings: [],
        events: [
          {
            type: 'DivisionRegistered',
            streamVersion: 1,
            eventId: expect.any(String),
            globalPosition: expect.any(Number),
          },
        ],
      });
      expect(leader.events).toEqual([
        expect.objectContaining({ type: 'LeaderRegistered', streamVersion: 1 }),
      ]);
    });

    it('stores the events with the tenant, actor and command', async () => {
      const { rows } = await pool.query(
        `SELECT type, tenant_id, metadata->>'actorId' AS actor, command_id FROM org.events WHERE event_id = $1`,
        [leader.events[0].eventId],
      );
      expect(rows).toEqual([
        {
          type: 'LeaderRegistered',
          tenant_id: tenant,
          actor: 'admin-1',
          command_id: leader.commandId,
        },
      ]);
    });

    it('publishes them on the org topic as CloudEvents', async () => {
      const message = await eventually(
        () => {
          const found = feed.received.find((m) => m.headers.ce_id === leader.events[0].eventId);
          expect(found).toBeDefined();
          return found!;
        },
        { timeoutMs: 45_000 },
      );
      expect(message.key).toBe(`leader:${tenant}:ada`);
      expect(message.headers).toMatchObject({
        ce_specversion: '1.0',
        ce_type: 'LeaderRegistered',
        ce_source: 'org-service',
        ce_subject: `leader:${tenant}:ada`,
        ce_tenantid: tenant,
        ce_actorid: 'admin-1',
        ce_schemaversion: '2',
        'content-type': 'application/json',
      });
      expect(message.value).toEqual({
        leaderId: 'ada',
        divisionId: 'finance',
        name: 'Ada',
        level: 'senior',
      });
    });

    it('knows the leader at once when the division is given a head', async () => {
      const head = await send('AppointDivisionHead', { divisionId: 'finance', leaderId: 'ada' });
      expect(head.events).toEqual([expect.objectContaining({ type: 'DivisionHeadAppointed' })]);
    });
  });

  describe('when the same command id arrives twice', () => {
    it('answers the second with the first result and appends nothing', async () => {
      const commandId = randomUUID();
      const first = await send(
        'RegisterDivision',
        { divisionId: 'legal', name: 'Legal' },
        admin,
        commandId,
      );
      const before = await storedEvents();
      const second = await send(
        'RegisterDivision',
        { divisionId: 'legal', name: 'Legal' },
        admin,
        commandId,
      );
      expect(second).toEqual({ ...first, replayed: true });
      expect(await storedEvents()).toBe(before);
    });

    it('refuses the second as a reused command id when its input differs, and appends nothing', async () => {
      const commandId = randomUUID();
      await send('RegisterDivision', { divisionId: 'audit', name: 'Audit' }, admin, commandId);
      const before = await storedEvents();
      const reused = send(
        'RegisterDivision',
        { divisionId: 'audit', name: 'Risk' },
        admin,
        commandId,
      );
      expect(await rejection(reused)).toMatchObject({
        code: 'CONFLICT',
        rule: 'COMMAND_ID_REUSED',
        message: expect.stringContaining(commandId),
      });
      expect(await storedEvents()).toBe(before);
    });
  });

  describe('bad input', () => {
    it.each([
      ['a missing field', 'RegisterDivision', { divisionId: 'ops' }, 'name', 'isString'],
      ['a wrong type', 'DeclareCapacity', { leaderId: 'ada', maxOpen: 'five' }, 'maxOpen', 'isInt'],
      [
        'an unknown field',
        'RegisterDivision',
        { divisionId: 'ops', name: 'Ops', budget: 3 },
        'budget',
        'whitelistValidation',
      ],
      [
        'a value out of range',
        'DeclareCapacity',
        { leaderId: 'ada', maxOpen: 25 },
        'maxOpen',
        'max',
      ],
      [
        'a malformed id',
        'RegisterDivision',
        { divisionId: 'ops and more', name: 'Ops' },
        'divisionId',
        'matches',
      ],
    ])(
      'is refused for %s, naming the field and the rule, and nothing is appended',
      async (_, type, input, field, rule) => {
        const before = await storedEvents();
        const error = await rejection(send(type, input, principal(tenant, 'ada', 'admin')));
        expect(error).toMatchObject({
          code: 'VALIDATION_FAILED',
          errors: expect.arrayContaining([expect.objectContaining({ field, rule })]),
        });
        expect(await storedEvents()).toBe(before);
      },
    );

    it('refuses an actor who may not act, naming the rule', async () => {
      const before = await storedEvents();
      const error = await rejection(
        send('RegisterDivision', { divisionId: 'ops', name: 'Ops' }, principal(tenant, 'ada')),
      );
      expect(error).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_AN_ADMIN' });
      expect(await storedEvents()).toBe(before);
    });

    it("does not see another tenant's leader", async () => {
      const other = principal(`other-${tenant}`, 'admin-9', 'admin');
      await send('RegisterDivision', { divisionId: 'finance', name: 'Finance' }, other);
      const before = await storedEvents();
      const error = await rejection(
        send('AppointDivisionHead', { divisionId: 'finance', leaderId: 'ada' }, other),
      );
      expect(error).toMatchObject({ code: 'NOT_FOUND', rule: 'LEADER_NOT_FOUND' });
      expect(await storedEvents()).toBe(before);
    });

    it('refuses a command without a valid service credential', async () => {
      const attempt = service.client.send(
        'RegisterDivision',
        { commandId: randomUUID(), principal: admin, input: { divisionId: 'ops', name: 'Ops' } },
        'forged-token',
      );
      expect(await rejection(attempt)).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });

  describe('a service credential captured on the wire', () => {
    const ada = principal(tenant, 'ada');
    const credentialFor = (who: typeof ada, commandId: string) =>
      new ServiceCredentials(TEST_SERVICE_SECRET).issue('graphql-gateway', 'org-service', {
        principal: who,
        commandId,
      });
    const sendWith = (credential: string, who: typeof ada, commandId: string) =>
      service.client.send(
        'RegisterDivision',
        { commandId, principal: who, input: { divisionId: `d-${commandId}`, name: 'Replayed' } },
        credential,
      );

    it.each([
      ["Given ada's credential, When it carries an admin's command", admin, 'same'],
      ["Given ada's credential, When it carries another commandId", ada, 'other'],
    ] as const)('%s, Then the command is refused and nothing is stored', async (_, who, id) => {
      const commandId = randomUUID().slice(0, 8);
      const captured = await credentialFor(ada, commandId);
      const before = await storedEvents();
      const error = await rejection(
        sendWith(captured, who, id === 'same' ? commandId : randomUUID().slice(0, 8)),
      );
      expect(error).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringContaining('issued for another principal or command'),
      });
      expect(await storedEvents()).toBe(before);
    });

    it("Given an admin's credential, When it carries that admin's command, Then the command is accepted", async () => {
      const commandId = randomUUID().slice(0, 8);
      const reply = await sendWith(await credentialFor(admin, commandId), admin, commandId);
      expect(reply).toMatchObject({ commandId, streamId: `division:${tenant}:d-${commandId}` });
    });
  });

  describe('a command type no handler takes', () => {
    it('Given an unknown command type, When it is sent, Then it is NOT_FOUND with rule UNKNOWN_COMMAND', async () => {
      const before = await storedEvents();
      const error = await rejection(send('DropAllTables', { divisionId: 'ops' }));
      expect(error).toEqual({
        code: 'NOT_FOUND',
        rule: 'UNKNOWN_COMMAND',
        message: "this service takes no command 'DropAllTables'",
      });
      expect(await storedEvents()).toBe(before);
    });
  });
});
