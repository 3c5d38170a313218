import { randomUUID } from 'node:crypto';
import { prefixTopic, Topics } from '@lib/contracts';
import type { CommandReply } from '@lib/command-transport';
import { eventually, FeedReader } from '@lib/testing';
import { principal } from '@lib/testing/command-service-harness';
import { PeerTestBed } from '../test/peer-test-bed';
import { daysFromNow, rejection } from '../test/peer-world';

describe('the peer service', () => {
  const bed = new PeerTestBed();
  let feed: FeedReader;
  let tenant: string;

  const raise = (overrides: Record<string, unknown> = {}) => ({
    requestId: randomUUID(),
    requesterId: 'ana',
    recipientId: 'ben',
    kind: 'input',
    topic: 'Pricing model for the new region',
    effort: 'M',
    respondBy: daysFromNow(3),
    dueAt: daysFromNow(10),
    ...overrides,
  });

  beforeAll(async () => {
    await bed.start();
    tenant = await bed.tenant();
    feed = await FeedReader.read(prefixTopic(bed.topicPrefix, Topics.peer));
  });

  afterAll(async () => {
    await feed?.stop();
    await bed.stop();
  });

  describe('when a leader asks a peer the directory knows for input', () => {
    const input = raise({ requestId: 'pricing' });
    let reply: CommandReply;

    beforeAll(async () => {
      reply = await bed.as(tenant, 'ana')('RaisePeerRequest', input);
    });

    it('answers with the raised event, its id and position', () => {
      expect(reply).toMatchObject({
        streamId: `peer-request:${tenant}:pricing`,
        streamVersion: 1,
        replayed: false,
        warnings: [],
        events: [
          {
            type: 'PeerRequestRaised',
            streamVersion: 1,
            eventId: expect.any(String),
            globalPosition: expect.any(Number),
          },
        ],
      });
    });

    it('stores it with both leaders’ divisions, the tenant, the actor and the command', async () => {
      const { rows } = await bed.pool.query(
        `SELECT type, tenant_id, metadata->>'actorId' AS actor, command_id, data
           FROM peer.events WHERE event_id = $1`,
        [reply.events[0].eventId],
      );
      expect(rows).toEqual([
        {
          type: 'PeerRequestRaised',
          tenant_id: tenant,
          actor: 'ana',
          command_id: reply.commandId,
          data: expect.objectContaining({
            requesterId: 'ana',
            requesterDivId: 'finance',
            recipientId: 'ben',
            recipientDivId: 'ops',
            warnings: [],
          }),
        },
      ]);
    });

    it('schedules its response and delivery SLA timers with it', async () => {
      const { rows } = await bed.pool.query(
        `SELECT command, due_at, fired_at FROM peer.peer_sla_timers
          WHERE tenant_id = $1 AND request_id = 'pricing' ORDER BY due_at`,
        [tenant],
      );
      expect(rows).toEqual([
        { command: 'RecordResponseSlaBreach', due_at: new Date(input.respondBy), fired_at: null },
        { command: 'RecordDeliverySlaBreach', due_at: new Date(input.dueAt), fired_at: null },
      ]);
    });

    it('publishes it on the peer topic as a CloudEvent', async () => {
      const message = await eventually(
        () => {
          const found = feed.received.find((m) => m.headers.ce_id === reply.events[0].eventId);
          expect(found).toBeDefined();
          return found!;
        },
        { timeoutMs: 45_000 },
      );
      expect(message.key).toBe(`peer-request:${tenant}:pricing`);
      expect(message.headers).toMatchObject({
        ce_specversion: '1.0',
        ce_type: 'PeerRequestRaised',
        ce_source: 'peer-service',
        ce_subject: `peer-request:${tenant}:pricing`,
        ce_tenantid: tenant,
        ce_actorid: 'ana',
        ce_commandid: reply.commandId,
        ce_schemaversion: '1',
        'content-type': 'application/json',
      });
      expect(message.value).toMatchObject({ requestId: 'pricing', recipientDivId: 'ops' });
    });
  });

  describe('when the same command id arrives twice', () => {
    it('answers the second with the first result and appends nothing', async () => {
      const send = bed.as(tenant, 'ana');
      const input = raise({ recipientId: 'cho' });
      const commandId = randomUUID();
      const first = await send('RaisePeerRequest', input, commandId);
      const before = await bed.storedEvents();
      const second = await send('RaisePeerRequest', input, commandId);
      expect(second).toEqual({ ...first, replayed: true });
      expect(await bed.storedEvents()).toBe(before);
    });
  });

  describe('bad input', () => {
    const { topic: _, ...withoutTopic } = raise();

    it.each([
      ['a missing field', 'RaisePeerRequest', withoutTopic, 'topic', 'isString'],
      ['a wrong type', 'RaisePeerRequest', raise({ themeIds: 'growth' }), 'themeIds', 'isArray'],
      [
        'an unknown field',
        'RaisePeerRequest',
        raise({ urgent: true }),
        'urgent',
        'whitelistValidation',
      ],
      ['a value out of range', 'RaisePeerRequest', raise({ topic: 'Hi' }), 'topic', 'isLength'],
      [
        'a value not in the vocabulary',
        'RaisePeerRequest',
        raise({ effort: 'XL' }),
        'effort',
        'isIn',
      ],
      [
        'a date that is not an instant',
        'RaisePeerRequest',
        raise({ dueAt: 'next week' }),
        'dueAt',
        'isIso8601',
      ],
      [
        'a helpfulness out of range',
        'AcknowledgePeerRequest',
        { requestId: 'pricing', helpfulness: 6 },
        'helpfulness',
        'max',
      ],
    ])(
      'is refused for %s, naming the field and the rule, and nothing is appended',
      async (_, type, input, field, rule) => {
        const before = await bed.storedEvents();
        const error = await rejection(bed.as(tenant, 'ana')(type, input));
        expect(error).toMatchObject({
          code: 'VALIDATION_FAILED',
          errors: expect.arrayContaining([expect.objectContaining({ field, rule })]),
        });
        expect(await bed.storedEvents()).toBe(before);
      },
    );

    it.each([
      [
        'a respondBy in the past',
        raise({ respondBy: daysFromNow(-1) }),
        { code: 'RULE_VIOLATED', rule: 'RESPOND_BY_IN_THE_PAST', field: 'respondBy' },
      ],
      [
        'a leader the directory does not know',
        raise({ recipientId: 'zed' }),
        { code: 'NOT_FOUND', rule: 'RECIPIENT_NOT_FOUND', field: 'recipientId' },
      ],
      [
        'a project the service does not know',
        raise({ projectId: 'hermes' }),
        { code: 'NOT_FOUND', rule: 'PROJECT_NOT_FOUND', field: 'projectId' },
      ],
      [
        'a request for someone else',
        raise({ requesterId: 'eve' }),
        { code: 'FORBIDDEN', rule: 'NOT_THE_REQUESTER' },
      ],
    ])('refuses %s, naming the rule, and appends nothing', async (_, input, expected) => {
      const before = await bed.storedEvents();
      expect(await rejection(bed.as(tenant, 'ana')('RaisePeerRequest', input))).toMatchObject(
        expected,
      );
      expect(await bed.storedEvents()).toBe(before);
    });

    it('refuses a request for a project the requester is not on', async () => {
      const before = await bed.storedEvents();
      const error = await rejection(
        bed.as(tenant, 'cho')(
          'RaisePeerRequest',
          raise({ requesterId: 'cho', recipientId: 'ana', projectId: 'apollo' }),
        ),
      );
      expect(error).toMatchObject({
        code: 'RULE_VIOLATED',
        rule: 'NOT_ON_THE_PROJECT',
        field: 'projectId',
      });
      expect(await bed.storedEvents()).toBe(before);
    });

    it('refuses an answer from anyone but the recipient', async () => {
      const before = await bed.storedEvents();
      const error = await rejection(
        bed.as(tenant, 'cho')('AcceptPeerRequest', {
          requestId: 'pricing',
          expectedBy: daysFromNow(5),
        }),
      );
      expect(error).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_THE_RECIPIENT' });
      expect(await bed.storedEvents()).toBe(before);
    });

    it("does not see another tenant's request", async () => {
      const before = await bed.storedEvents();
      const error = await rejection(
        bed.send(
          'AcceptPeerRequest',
          { requestId: 'pricing', expectedBy: daysFromNow(5) },
          principal(`other-${tenant}`, 'ben'),
        ),
      );
      expect(error).toMatchObject({
        code: 'NOT_FOUND',
        rule: 'PEER_REQUEST_NOT_FOUND',
        field: 'requestId',
      });
      expect(await bed.storedEvents()).toBe(before);
    });

    it('refuses a command without a valid service credential', async () => {
      const attempt = bed.service.client.send(
        'RaisePeerRequest',
        { commandId: randomUUID(), principal: principal(tenant, 'ana'), input: raise() },
        'forged-token',
      );
      expect(await rejection(attempt)).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });
});
