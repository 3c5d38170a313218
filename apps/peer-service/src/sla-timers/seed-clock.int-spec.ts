import { ServiceCredentials } from '@lib/auth';
import { TEST_SERVICE_SECRET } from '@lib/testing/command-service-harness';
import { PeerTestBed } from '../../test/peer-test-bed';
import { reviewRequest as raise } from '../../test/peer-world';

/** The seed's call: PUT or DELETE /seed-clock on the service's HTTP port. */
async function seedClock(bed: PeerTestBed, method: 'PUT' | 'DELETE', at?: string, token?: string) {
  const credential =
    token ?? (await new ServiceCredentials(TEST_SERVICE_SECRET).issue('demo-seed', 'peer-service'));
  return bed.service.app.inject({
    method,
    url: '/seed-clock',
    headers: {
      authorization: `Bearer ${credential}`,
      ...(at === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(at === undefined ? {} : { payload: JSON.stringify({ at }) }),
  });
}

async function occurredAt(bed: PeerTestBed, requestId: string) {
  const { rows } = await bed.pool.query<{ type: string; occurred_at: Date }>(
    `SELECT type, occurred_at FROM peer.events WHERE data->>'requestId' = $1 ORDER BY global_position`,
    [requestId],
  );
  return rows.map(({ type, occurred_at }) => [type, occurred_at.toISOString()]);
}

describe('the seed clock of a command service', () => {
  describe('when the service runs with COMMAND_CLOCK=seed', () => {
    // An hour between polls: only the clock's own catch-up fires the timers here.
    const bed = new PeerTestBed({ COMMAND_CLOCK: 'seed', SLA_POLL_INTERVAL_MS: '3600000' });
    let tenant: string;
    const request = raise('2026-01-13T09:00:00.000Z', '2026-01-24T09:00:00.000Z');

    beforeAll(async () => {
      await bed.start();
      tenant = await bed.tenant();
    });
    afterAll(() => bed.stop());

    it('refuses a caller without the service credential', async () => {
      const response = await seedClock(bed, 'PUT', '2026-01-10T09:00:00.000Z', 'forged');
      expect(response.statusCode).toBe(401);
    });

    it('refuses an instant that is not one, naming the field', async () => {
      const response = await seedClock(bed, 'PUT', 'next tuesday');
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ message: 'at: must be an ISO 8601 instant in UTC' });
    });

    it('decides commands at the business time it was set to', async () => {
      expect((await seedClock(bed, 'PUT', '2026-01-10T09:00:00.000Z')).json()).toEqual({
        now: '2026-01-10T09:00:00.000Z',
      });
      await bed.as(tenant, 'ana')('RaisePeerRequest', request);
      expect(await occurredAt(bed, request.requestId)).toEqual([
        ['PeerRequestRaised', '2026-01-10T09:00:00.000Z'],
      ]);
    });

    it('breaches the SLA that fell due before it answers the move forward', async () => {
      expect((await seedClock(bed, 'PUT', '2026-01-14T09:00:00.000Z')).statusCode).toBe(200);
      expect(await occurredAt(bed, request.requestId)).toEqual([
        ['PeerRequestRaised', '2026-01-10T09:00:00.000Z'],
        ['PeerRequestResponseSlaBreached', '2026-01-14T09:00:00.000Z'],
      ]);
    });

    it('never goes back in time', async () => {
      const response = await seedClock(bed, 'PUT', '2026-01-11T09:00:00.000Z');
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(/^at: the seed clock only moves forward/);
      expect(await occurredAt(bed, request.requestId)).toHaveLength(2);
    });

    it('gives the service system time back when released', async () => {
      expect((await seedClock(bed, 'DELETE')).statusCode).toBe(204);
      const next = raise(
        new Date(Date.now() + 86_400_000).toISOString(),
        new Date(Date.now() + 2 * 86_400_000).toISOString(),
      );
      const before = Date.now();
      await bed.as(tenant, 'ana')('RaisePeerRequest', next);
      const [[, at]] = await occurredAt(bed, next.requestId);
      expect(Date.parse(at)).toBeGreaterThanOrEqual(before - 1000);
    });
  });

  describe('when the service runs with the system clock (the default)', () => {
    const bed = new PeerTestBed();

    beforeAll(() => bed.start());
    afterAll(() => bed.stop());

    it('has no seed clock to set', async () => {
      expect((await seedClock(bed, 'PUT', '2026-01-10T09:00:00.000Z')).statusCode).toBe(404);
      expect((await seedClock(bed, 'DELETE')).statusCode).toBe(404);
    });
  });
});
