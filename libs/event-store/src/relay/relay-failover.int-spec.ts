import { randomUUID } from 'node:crypto';
import { eventually } from '@lib/testing';
import { ChildRelay } from '../../test/child-relay';
import { leaderCapacityDeclared, leaderRegistered, RelayHarness } from '../../test/relay-harness';
import { START_OF_FEED } from '../event-store';
import { RelayCheckpoints } from './relay-checkpoints';

const slow = { timeoutMs: 45_000 };

describe('the event relay when its process dies', () => {
  const harness = new RelayHarness();
  const children: ChildRelay[] = [];
  const relayProcess = (env: Record<string, string> = {}) => {
    const child = new ChildRelay(harness, env);
    children.push(child);
    return child;
  };

  beforeAll(async () => {
    await harness.setUp();
    await harness.consume();
  });
  afterAll(async () => {
    await Promise.all(children.map((child) => child.kill()));
    await harness.tearDown();
  });

  async function appendStreams(
    streams: number,
    eventsPerStream: number,
  ): Promise<Map<string, string[]>> {
    const appended = new Map<string, string[]>();
    for (let s = 0; s < streams; s++) {
      const leaderId = `leader-${randomUUID()}`;
      const events = [
        leaderRegistered(leaderId),
        ...Array.from({ length: eventsPerStream - 1 }, (_, i) =>
          leaderCapacityDeclared(leaderId, i + 1),
        ),
      ];
      await harness.store.append(leaderId, 'no_stream', events);
      appended.set(
        leaderId,
        events.map((e) => e.eventId),
      );
    }
    return appended;
  }

  /** What a consumer that deduplicates by ce_id sees of one stream, in the order it arrived. */
  function deduplicated(streamId: string): string[] {
    const seen = new Set<string>();
    return harness.received
      .filter((m) => m.key === streamId)
      .map((m) => m.headers.ce_id)
      .filter((id) => !seen.has(id) && seen.add(id));
  }

  describe('between Kafka acknowledging a batch and storing its checkpoint', () => {
    it('republishes after the restart: nothing missing, each stream in order, exactly once after deduplication', async () => {
      const appended = await appendStreams(5, 6);
      const crashing = relayProcess({ RELAY_CRASH_AFTER_ACK: '1', RELAY_BATCH_SIZE: '10' });
      expect(await crashing.exited).toBe('SIGKILL');
      expect(crashing.lines).toEqual([
        expect.objectContaining({ event: 'active' }),
        expect.objectContaining({ event: 'acknowledged', count: 10 }),
      ]);
      expect(await new RelayCheckpoints(harness.pool, harness.schema).load('org-service')).toEqual(
        START_OF_FEED,
      );

      const restarted = harness.relay();
      await restarted.start();

      await eventually(() => {
        for (const [streamId, ids] of appended) expect(deduplicated(streamId)).toEqual(ids);
      }, slow);
      const duplicates =
        harness.received.length - new Set(harness.received.map((m) => m.headers.ce_id)).size;
      expect(duplicates).toBeGreaterThan(0);
      await restarted.stop();
    });
  });

  describe('with two relays for one service', () => {
    it('lets only one publish, and the other takes over within seconds of a kill', async () => {
      const first = relayProcess();
      await eventually(() => expect(first.said('active')).toBe(true), slow);
      const second = relayProcess();
      const before = await appendStreams(2, 3);
      await eventually(() => {
        for (const [streamId, ids] of before) expect(deduplicated(streamId)).toEqual(ids);
      }, slow);
      expect(second.lines).toEqual([]);

      await first.kill();
      await eventually(() => expect(second.said('active')).toBe(true), { timeoutMs: 10_000 });
      const after = await appendStreams(2, 3);
      await eventually(() => {
        for (const [streamId, ids] of after) expect(deduplicated(streamId)).toEqual(ids);
      }, slow);
      expect(second.said('acknowledged')).toBe(true);
    });
  });
});
