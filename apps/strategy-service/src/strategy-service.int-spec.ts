import { randomUUID } from 'node:crypto';
import type { CommandReply } from '@lib/command-transport';
import { eventually } from '@lib/testing';
import { FeedReader } from '@lib/testing';
import {
  ledger,
  ledgerNeed,
  people,
  rejection,
  startStrategyService,
  type StrategyServiceUnderTest,
} from '../test/strategy-service-under-test';

const need = ledgerNeed('ledger-ops');

describe('the strategy service', () => {
  let s: StrategyServiceUnderTest;
  let feed: FeedReader;

  beforeAll(async () => {
    s = await startStrategyService('strategy-service');
    feed = await FeedReader.read(s.strategyTopic);
  });

  afterAll(async () => {
    await feed?.stop();
    await s?.stop();
  });

  describe('when the owner registers a strategic project the org directory can check', () => {
    let registered: CommandReply;

    beforeAll(async () => {
      registered = await s.send('RegisterStrategicProject', ledger, s.as(people.owner));
    });

    it('answers with the appended event, its id and position', () => {
      expect(registered).toMatchObject({
        streamId: `strategic-project:${s.tenant}:ledger`,
        streamVersion: 1,
        replayed: false,
        warnings: [],
        events: [
          {
            type: 'StrategicProjectRegistered',
            streamVersion: 1,
            eventId: expect.any(String),
            globalPosition: expect.any(Number),
          },
        ],
      });
    });

    it('stores the event with the tenant, actor and command', async () => {
      const { rows } = await s.pool.query(
        `SELECT type, tenant_id, metadata->>'actorId' AS actor, command_id
           FROM strategy.events WHERE event_id = $1`,
        [registered.events[0].eventId],
      );
      expect(rows).toEqual([
        {
          type: 'StrategicProjectRegistered',
          tenant_id: s.tenant,
          actor: people.owner,
          command_id: registered.commandId,
        },
      ]);
    });

    it('publishes it on the strategy topic as a CloudEvent', async () => {
      const [message] = await eventually(
        () => {
          const found = feed.withEventId(registered.events[0].eventId);
          expect(found).toHaveLength(1);
          return found;
        },
        { timeoutMs: 45_000 },
      );
      expect(message.key).toBe(`strategic-project:${s.tenant}:ledger`);
      expect(message.headers).toMatchObject({
        ce_specversion: '1.0',
        ce_type: 'StrategicProjectRegistered',
        ce_source: 'strategy-service',
        ce_subject: `strategic-project:${s.tenant}:ledger`,
        ce_tenantid: s.tenant,
        ce_actorid: people.owner,
        ce_commandid: registered.commandId,
        ce_schemaversion: '1',
        'content-type': 'application/json',
      });
      expect(message.value).toEqual({
        projectId: 'ledger',
        name: 'Ledger migration',
        ownerId: people.owner,
        homeDivId: 'finance',
        themeIds: ['growth'],
        tier: 'T1',
        startAt: ledger.startAt,
        targetAt: ledger.targetAt,
      });
    });

    it('knows the project at once when the owner declares what it needs', async () => {
      const declared = await s.send('DeclareSupportNeed', need, s.as(people.owner));
      expect(declared.events).toEqual([
        expect.objectContaining({ type: 'SupportNeedDeclared', streamVersion: 1 }),
      ]);
    });
  });

  describe('when the same command id arrives twice', () => {
    it('answers the second with the first result, and one set of events exists', async () => {
      const commandId = randomUUID();
      const status = { projectId: 'ledger', rag: 'amber', confidence: 6 };
      const first = await s.send('ReportProjectStatus', status, s.as(people.owner), commandId);
      const before = await s.storedEvents();
      const second = await s.send('ReportProjectStatus', status, s.as(people.owner), commandId);
      expect(second).toEqual({ ...first, replayed: true });
      expect(await s.storedEvents()).toBe(before);
      const { rows } = await s.pool.query(
        'SELECT count(*)::int AS n FROM strategy.events WHERE command_id = $1',
        [commandId],
      );
      expect(rows[0].n).toBe(1);
    });
  });

  describe('bad input', () => {
    const { name: _name, ...unnamed } = ledger;

    it.each([
      ['a missing field', 'RegisterStrategicProject', unnamed, 'name', 'isString'],
      [
        'a wrong type',
        'ReportProjectStatus',
        { projectId: 'ledger', rag: 'red', confidence: 'low' },
        'confidence',
        'isInt',
      ],
      [
        'an unknown field',
        'DeclareSupportNeed',
        { ...need, budget: 3 },
        'budget',
        'whitelistValidation',
      ],
      [
        'a value out of range',
        'ReportProjectStatus',
        { projectId: 'ledger', rag: 'red', confidence: 11 },
        'confidence',
        'max',
      ],
      [
        'no capacity',
        'DeclareSupportNeed',
        { ...need, needId: 'zero', capacityFteWeeks: 0 },
        'capacityFteWeeks',
        'isPositive',
      ],
      [
        'an unknown kind of portfolio item',
        'RankDivisionPortfolio',
        {
          divisionId: 'operations',
          cycleId: '2026-h1',
          items: [{ kind: 'initiative', ref: 'ledger' }],
          expectedRevision: 0,
        },
        'items.0.kind',
        'isIn',
      ],
    ])(
      'is refused for %s, naming the field and the rule, and nothing is appended',
      async (_, type, input, field, rule) => {
        const before = await s.storedEvents();
        const error = await rejection(s.send(type, input, s.as(people.owner)));
        expect(error).toMatchObject({
          code: 'VALIDATION_FAILED',
          errors: expect.arrayContaining([expect.objectContaining({ field, rule })]),
        });
        expect(await s.storedEvents()).toBe(before);
      },
    );

    it('refuses a portfolio ranking by a leader who is neither head nor delegate', async () => {
      const before = await s.storedEvents();
      const error = await rejection(
        s.send(
          'RankDivisionPortfolio',
          { divisionId: 'operations', cycleId: '2026-h1', items: [], expectedRevision: 0 },
          s.as(people.operationsPeer),
        ),
      );
      expect(error).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_DIVISION_HEAD_OR_DELEGATE' });
      expect(await s.storedEvents()).toBe(before);
    });

    it("does not see another tenant's project", async () => {
      const stranger = s.as(people.owner);
      const elsewhere = { ...stranger, tenantId: `other-${s.tenant}` };
      const before = await s.storedEvents();
      const status = { projectId: 'ledger', rag: 'green', confidence: 9 };
      expect(await rejection(s.send('ReportProjectStatus', status, elsewhere))).toMatchObject({
        code: 'NOT_FOUND',
        rule: 'PROJECT_NOT_FOUND',
        field: 'projectId',
      });
      expect(
        await rejection(s.send('DeclareSupportNeed', { ...need, needId: 'n-9' }, elsewhere)),
      ).toMatchObject({ code: 'NOT_FOUND', rule: 'PROJECT_NOT_FOUND' });
      expect(await s.storedEvents()).toBe(before);
    });

    it('refuses a broken domain rule with its code and field', async () => {
      const before = await s.storedEvents();
      const late = { ...need, needId: 'late', neededBy: '2027-01-01T00:00:00.000Z' };
      expect(await rejection(s.send('DeclareSupportNeed', late, s.as(people.owner)))).toMatchObject(
        { code: 'RULE_VIOLATED', rule: 'NEEDED_AFTER_PROJECT_TARGET', field: 'neededBy' },
      );
      expect(await s.storedEvents()).toBe(before);
    });

    it('refuses a command without a valid service credential', async () => {
      const attempt = s.service.client.send(
        'ReportProjectStatus',
        {
          commandId: randomUUID(),
          principal: s.as(people.owner),
          input: { projectId: 'ledger', rag: 'green', confidence: 9 },
        },
        'forged-token',
      );
      expect(await rejection(attempt)).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });
});
