import { randomUUID } from 'node:crypto';
import { validateEventData } from '@lib/contracts';
import { eventually } from '@lib/testing';
import { Gauge, type GaugeConfiguration, Registry } from 'prom-client';
import { leaderCapacityDeclared, leaderRegistered, RelayHarness } from '../../test/relay-harness';

// A broker that has just started may still be loading its group and producer coordinators, and
// the feed waits for every transaction of the cluster older than its own to end: other test files
// share the cluster, so deliveries get a generous deadline.
const firstDelivery = { timeoutMs: 45_000 };

describe('the event relay', () => {
  const harness = new RelayHarness();

  beforeAll(async () => {
    await harness.setUp();
    await harness.consume();
  });
  afterAll(() => harness.tearDown());

  describe('when events are appended', () => {
    const registry = new Registry();
    const leaderId = `leader-${randomUUID()}`;
    const appended = [leaderRegistered(leaderId), leaderCapacityDeclared(leaderId, 4)];

    beforeAll(async () => {
      const metrics = {
        gauge: <L extends string>(c: GaugeConfiguration<L>) =>
          new Gauge({ ...c, registers: [registry] }),
      };
      await harness.relay({ metrics, pollIntervalMs: 60_000 }).start();
      await harness.store.append(`leader-${leaderId}`, 'no_stream', appended);
    });

    it('publishes them to the service topic, keyed by stream, as CloudEvents a plain consumer can read', async () => {
      const messages = await eventually(() => {
        const mine = harness.received.filter((m) => m.key === `leader-${leaderId}`);
        expect(mine).toHaveLength(2);
        return mine;
      }, firstDelivery);
      const [registered, declared] = messages;
      expect(registered.headers).toMatchObject({
        ce_specversion: '1.0',
        ce_id: appended[0].eventId,
        ce_type: 'LeaderRegistered',
        ce_source: 'org-service',
        ce_subject: `leader-${leaderId}`,
        ce_time: '2026-03-01T09:00:00.000Z',
        'content-type': 'application/json',
        ce_tenantid: 'tenant-a',
        ce_streamversion: '1',
        ce_schemaversion: '2',
        ce_correlationid: 'correlation-1',
        ce_causationid: 'command-1',
      });
      expect(declared.headers).toMatchObject({
        ce_type: 'LeaderCapacityDeclared',
        ce_streamversion: '2',
      });
      expect(declared.partition).toBe(registered.partition);
      expect(JSON.parse(declared.value)).toEqual(appended[1].data);
    });

    it('publishes only values that match the schema of their type and version', async () => {
      await eventually(
        () => expect(harness.received.length).toBeGreaterThanOrEqual(2),
        firstDelivery,
      );
      for (const message of harness.received) {
        const validation = validateEventData(
          message.headers.ce_type,
          Number(message.headers.ce_schemaversion),
          JSON.parse(message.value),
        );
        expect(validation).toMatchObject({ ok: true });
      }
    });

    it('is woken by the append, not by its polling', async () => {
      // The polling interval above is a minute: only the notification can have woken the relay.
      const more = leaderRegistered();
      await harness.store.append(`leader-${randomUUID()}`, 'no_stream', [more]);
      await eventually(() =>
        expect(harness.received.map((m) => m.headers.ce_id)).toContain(more.eventId),
      );
    });

    it('exports its lag, which falls to zero once Kafka acknowledged everything', async () => {
      await eventually(async () => {
        expect(await registry.metrics()).toMatch(/event_relay_lag_events\{relay="org-service"\} 0/);
      }, firstDelivery);
    });
  });

  describe('when a transaction that appended stays open while later ones commit', () => {
    it('publishes its events and the later ones once it commits', async () => {
      const slow = await harness.pool.connect();
      const early = leaderRegistered();
      const later = leaderRegistered();
      try {
        await slow.query('BEGIN');
        await harness.store.appendInTransaction(slow, [
          { streamId: `leader-${randomUUID()}`, expected: 'no_stream', events: [early] },
        ]);
        await harness.store.append(`leader-${randomUUID()}`, 'no_stream', [later]);
        await slow.query('COMMIT');
      } finally {
        slow.release();
      }
      await eventually(
        () =>
          expect(harness.received.map((m) => m.headers.ce_id)).toEqual(
            expect.arrayContaining([early.eventId, later.eventId]),
          ),
        firstDelivery,
      );
    });
  });
});
