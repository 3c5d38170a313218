import { eventually } from '@lib/testing';
import { PeerTestBed } from '../../test/peer-test-bed';
import { reviewRequest as raise, secondsFromNow } from '../../test/peer-world';
import { SlaTimerPoller } from './sla-timer-poller';

/** Polls the clock, never sleeps blindly: passes once `instant` is behind us. */
const untilPast = (instant: string) =>
  eventually(() => expect(Date.now()).toBeGreaterThan(Date.parse(instant)), {
    timeoutMs: 30_000,
  });

describe('the SLA timers of peer requests', () => {
  describe('when respondBy and dueAt pass while the peer service is stopped', () => {
    const bed = new PeerTestBed({ SLA_POLL_INTERVAL_MS: '500' });
    let tenant: string;
    let request: ReturnType<typeof raise>;
    let streamId: string;

    beforeAll(async () => {
      await bed.start();
      tenant = await bed.tenant();
      request = raise(secondsFromNow(3), secondsFromNow(4));
      streamId = (await bed.as(tenant, 'ana')('RaisePeerRequest', request)).streamId;
      await bed.service.stop();
    });
    afterAll(() => bed.stop());

    it('has not breached anything before the service stopped', async () => {
      expect((await bed.eventsOf(streamId)).map((e) => e.type)).toEqual(['PeerRequestRaised']);
    });

    it('records both breaches as the service, right after it starts again', async () => {
      await untilPast(request.dueAt);
      await bed.startService();
      const events = await eventually(async () => {
        const stored = await bed.eventsOf(streamId);
        expect(stored.map((e) => e.type)).toEqual([
          'PeerRequestRaised',
          'PeerRequestResponseSlaBreached',
          'PeerRequestDeliverySlaBreached',
          'PeerRequestExpired',
        ]);
        return stored;
      });
      expect(events[1]).toMatchObject({
        actor: 'peer-service',
        command_id: `sla:${request.requestId}:RecordResponseSlaBreach`,
        data: {
          recipientId: 'ben',
          recipientDivId: 'ops',
          slaAt: request.respondBy,
          ruleVersion: 1,
        },
      });
      expect(events[2].command_id).toBe(`sla:${request.requestId}:RecordDeliverySlaBreach`);
    });

    it('marks both timers fired', async () => {
      await eventually(async () => {
        const { rows } = await bed.pool.query(
          `SELECT count(*)::int AS n FROM peer.peer_sla_timers
            WHERE tenant_id = $1 AND request_id = $2 AND fired_at IS NOT NULL`,
          [tenant, request.requestId],
        );
        expect(rows[0].n).toBe(2);
      });
    });
  });

  describe('when several pollers find the same timer due', () => {
    // An hour between polls: only the test's own polls fire anything after the first.
    const bed = new PeerTestBed({ SLA_POLL_INTERVAL_MS: '3600000' });

    beforeAll(() => bed.start());
    afterAll(() => bed.stop());

    it('fires it once', async () => {
      const tenant = await bed.tenant();
      const request = raise(secondsFromNow(2), secondsFromNow(3600));
      const { streamId } = await bed.as(tenant, 'ana')('RaisePeerRequest', request);
      await untilPast(request.respondBy);
      const poller = bed.service.app.get(SlaTimerPoller);
      const fired = await Promise.all([poller.pollOnce(), poller.pollOnce(), poller.pollOnce()]);
      expect(fired.reduce((sum, n) => sum + n, 0)).toBe(1);
      expect((await bed.eventsOf(streamId)).map((e) => e.type)).toEqual([
        'PeerRequestRaised',
        'PeerRequestResponseSlaBreached',
      ]);
    });

    it('leaves a timer the decider finds early for a later poll', async () => {
      const tenant = await bed.tenant();
      const request = raise(secondsFromNow(3600), secondsFromNow(7200));
      const { streamId } = await bed.as(tenant, 'ana')('RaisePeerRequest', request);
      // As if another instance's clock ran ahead: the row is due, the request's respondBy is not.
      const timer = [tenant, request.requestId, 'RecordResponseSlaBreach'];
      const where = 'WHERE tenant_id = $1 AND request_id = $2 AND command = $3';
      await bed.pool.query(
        `UPDATE peer.peer_sla_timers SET due_at = now() - interval '1 minute' ${where}`,
        timer,
      );
      expect(await bed.service.app.get(SlaTimerPoller).pollOnce()).toBe(0);
      const { rows } = await bed.pool.query(
        `SELECT fired_at, claimed_until, last_error FROM peer.peer_sla_timers ${where}`,
        timer,
      );
      expect(rows).toEqual([
        {
          fired_at: null,
          claimed_until: null,
          last_error: expect.stringContaining('has not passed yet'),
        },
      ]);
      expect(await bed.eventsOf(streamId)).toHaveLength(1);
    });

    it('does not breach a request that was answered in time', async () => {
      const tenant = await bed.tenant();
      const request = raise(secondsFromNow(2), secondsFromNow(3600));
      const { streamId } = await bed.as(tenant, 'ana')('RaisePeerRequest', request);
      await bed.as(tenant, 'ben')('AcceptPeerRequest', {
        requestId: request.requestId,
        expectedBy: secondsFromNow(1800),
      });
      await untilPast(request.respondBy);
      expect(await bed.service.app.get(SlaTimerPoller).pollOnce()).toBe(1);
      expect((await bed.eventsOf(streamId)).map((e) => e.type)).toEqual([
        'PeerRequestRaised',
        'PeerRequestAccepted',
      ]);
    });
  });
});
