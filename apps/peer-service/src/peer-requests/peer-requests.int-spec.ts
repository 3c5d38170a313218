import { randomUUID } from 'node:crypto';
import { eventually } from '@lib/testing';
import { PeerTestBed } from '../../test/peer-test-bed';
import {
  apolloSupportNeed,
  apolloSupportNeedWithdrawn,
  daysFromNow,
  rejection,
} from '../../test/peer-world';

// Every PeerRequest command through TCP, with the facts the service fills in. Each scenario has a
// tenant of its own: the overload index compares a recipient with the tenant's other leaders.

const raise = (requesterId: string, recipientId: string, extra: Record<string, unknown> = {}) => ({
  requestId: randomUUID(),
  requesterId,
  recipientId,
  kind: 'help',
  topic: 'Vendor shortlist for the new region',
  effort: 'M',
  respondBy: daysFromNow(3),
  dueAt: daysFromNow(10),
  ...extra,
});

describe('peer requests', () => {
  const bed = new PeerTestBed();

  beforeAll(() => bed.start());
  afterAll(() => bed.stop());

  describe('when the recipient accepts, fulfils, and the requester acknowledges', () => {
    it('records each step with the acting leader’s division', async () => {
      const tenant = await bed.tenant();
      const request = raise('ana', 'ben');
      await bed.as(tenant, 'ana')('RaisePeerRequest', request);
      const ben = bed.as(tenant, 'ben');
      const { requestId } = request;
      await ben('AcceptPeerRequest', { requestId, expectedBy: daysFromNow(5) });
      await ben('FulfilPeerRequest', { requestId, summary: 'Three vendors, ranked.' });
      await bed.as(tenant, 'ana')('AcknowledgePeerRequest', {
        requestId,
        helpfulness: 5,
        thanks: 'Spot on',
      });
      const events = await bed.eventsOf(`peer-request:${tenant}:${requestId}`);
      expect(events.map((e) => [e.type, e.actor])).toEqual([
        ['PeerRequestRaised', 'ana'],
        ['PeerRequestAccepted', 'ben'],
        ['PeerRequestFulfilled', 'ben'],
        ['PeerRequestAcknowledged', 'ana'],
      ]);
      expect(events[1].data).toMatchObject({ recipientId: 'ben', recipientDivId: 'ops' });
      expect(events[3].data).toMatchObject({ requesterDivId: 'finance', helpfulness: 5 });
    });
  });

  describe('when the recipient redirects, and the new recipient declines', () => {
    it('hands the request to the new recipient, who answers it with their division', async () => {
      const tenant = await bed.tenant();
      const request = raise('ana', 'ben');
      const { requestId } = request;
      await bed.as(tenant, 'ana')('RaisePeerRequest', request);
      await bed.as(tenant, 'ben')('RedirectPeerRequest', { requestId, toId: 'cho' });
      const error = await rejection(
        bed.as(tenant, 'ben')('DeclinePeerRequest', { requestId, reasonCode: 'other' }),
      );
      expect(error).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_THE_RECIPIENT' });
      await bed.as(tenant, 'cho')('DeclinePeerRequest', {
        requestId,
        reasonCode: 'not_my_area',
        suggestedPeerId: 'dan',
      });
      const [, redirected, declined] = await bed.eventsOf(`peer-request:${tenant}:${requestId}`);
      expect(redirected.data).toMatchObject({ fromDivId: 'ops', toId: 'cho', toDivId: 'legal' });
      // Both leaders it reached count it in their load L (domain README §5.3: redirects in included).
      const { rows } = await bed.pool.query(
        `SELECT recipient_id, weight FROM peer.peer_request_arrivals
          WHERE tenant_id = $1 AND request_id = $2 ORDER BY recipient_id`,
        [tenant, requestId],
      );
      expect(rows).toEqual([
        { recipient_id: 'ben', weight: 2 },
        { recipient_id: 'cho', weight: 2 },
      ]);
      expect(declined.data).toMatchObject({
        recipientId: 'cho',
        recipientDivId: 'legal',
        suggestedPeerId: 'dan',
        suggestedPeerDivId: 'ops',
      });
    });
  });

  describe('when the requester withdraws', () => {
    it('records it with the requester’s division, and nobody else may withdraw', async () => {
      const tenant = await bed.tenant();
      const request = raise('eve', 'cho');
      const { requestId } = request;
      await bed.as(tenant, 'eve')('RaisePeerRequest', request);
      expect(
        await rejection(bed.as(tenant, 'cho')('WithdrawPeerRequest', { requestId })),
      ).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_THE_REQUESTER' });
      const reply = await bed.as(tenant, 'eve')('WithdrawPeerRequest', { requestId });
      expect(reply.events).toEqual([expect.objectContaining({ type: 'PeerRequestWithdrawn' })]);
      const events = await bed.eventsOf(`peer-request:${tenant}:${requestId}`);
      expect(events[1].data).toMatchObject({ requesterId: 'eve', requesterDivId: 'finance' });
    });
  });

  describe('soft rules', () => {
    let tenant: string;

    beforeAll(async () => {
      tenant = await bed.tenant();
    });

    it('warns NO_INTERSECTION when the leaders share no theme or project', async () => {
      const reply = await bed.as(tenant, 'ana')('RaisePeerRequest', raise('ana', 'cho'));
      expect(reply.warnings).toEqual(['NO_INTERSECTION']);
      const [raised] = await bed.eventsOf(reply.streamId);
      expect(raised.data.warnings).toEqual(['NO_INTERSECTION']);
    });

    it('counts a project both are on as an intersection', async () => {
      const reply = await bed.as(tenant, 'eve')(
        'RaisePeerRequest',
        raise('eve', 'ana', { projectId: 'apollo' }),
      );
      expect(reply.warnings).toEqual([]);
    });

    describe("when the recipient supports the request's project through an open support need", () => {
      const toCho = { needId: 'need-legal', supportingDivId: 'legal', keyContactId: 'cho' };
      const toOps = { needId: 'need-ops', supportingDivId: 'ops' };
      // The recipients' load grows with every request here; the reason keeps overload out of the way.
      const overrideReason = 'They support Apollo';
      const openNeeds = async (expected: number) =>
        eventually(async () => {
          const { rows } = await bed.pool.query(
            'SELECT 1 FROM peer.peer_support_needs WHERE tenant_id = $1 AND open',
            [tenant],
          );
          expect(rows).toHaveLength(expected);
        });

      beforeAll(async () => {
        await bed.publish(tenant, [
          apolloSupportNeed(tenant, toCho),
          apolloSupportNeed(tenant, toOps),
        ]);
        await openNeeds(2);
      });

      it.each([
        [
          "Given cho is the need's key contact, When ana asks cho about apollo",
          'cho',
          { projectId: 'apollo' },
        ],
        [
          'Given cho is the key contact, When ana (its owner) asks cho naming no project',
          'cho',
          {},
        ],
        [
          'Given the need is addressed to ops, When ana asks dan (ops) about apollo',
          'dan',
          { projectId: 'apollo' },
        ],
      ])('%s, Then no NO_INTERSECTION is warned', async (_, recipient, extra) => {
        const reply = await bed.as(tenant, 'ana')(
          'RaisePeerRequest',
          raise('ana', recipient, { overrideReason, ...extra }),
        );
        expect(reply.warnings).not.toContain('NO_INTERSECTION');
      });

      it('Given the need to ops is withdrawn, When ana asks dan about apollo, Then NO_INTERSECTION is warned', async () => {
        await bed.publish(tenant, [apolloSupportNeedWithdrawn(tenant, toOps)]);
        await openNeeds(1);
        const reply = await bed.as(tenant, 'ana')(
          'RaisePeerRequest',
          raise('ana', 'dan', { projectId: 'apollo', overrideReason }),
        );
        expect(reply.warnings).toContain('NO_INTERSECTION');
      });
    });

    it('warns PEER_SATURATION from the fourth open request to one peer', async () => {
      const ben = bed.as(tenant, 'ben');
      const toDan = () => raise('ben', 'dan', { overrideReason: 'Dan owns the data' });
      for (let i = 0; i < 3; i++) {
        expect((await ben('RaisePeerRequest', toDan())).warnings).not.toContain('PEER_SATURATION');
      }
      expect((await ben('RaisePeerRequest', toDan())).warnings).toContain('PEER_SATURATION');
    });
  });

  describe('when the recipient carries most of the tenant’s load', () => {
    it('asks for a reason to ask a recipient who stands out as overloaded', async () => {
      const tenant = await bed.tenant();
      await bed.as(tenant, 'ana')('RaisePeerRequest', raise('ana', 'cho'));
      // Loads 0 0 2 0 0: median 0, MAD 0, mean absolute deviation 0.4, so cho's
      // z = 2 / (1.2533 · 0.4) = 3.99 and OI = z/3 = 1.33.
      const before = await bed.storedEvents();
      const error = await rejection(bed.as(tenant, 'dan')('RaisePeerRequest', raise('dan', 'cho')));
      expect(error).toMatchObject({
        code: 'RULE_VIOLATED',
        rule: 'OVERRIDE_REASON_REQUIRED',
        field: 'overrideReason',
      });
      expect(await bed.storedEvents()).toBe(before);
      const reply = await bed.as(tenant, 'dan')(
        'RaisePeerRequest',
        raise('dan', 'cho', { overrideReason: 'Only legal can sign this off' }),
      );
      expect(reply.warnings).toEqual(['RECIPIENT_OVERLOADED', 'NO_INTERSECTION']);
    });
  });
});
