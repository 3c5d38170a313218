import { randomUUID } from 'node:crypto';
import { testEnvironment } from '@lib/testing';
import { Pool } from 'pg';
import { ConcurrencyError, EventIdConflictError } from '../errors';
import { START_OF_FEED } from '../event-store';
import { newEvent, uniqueSchema } from '../../test/event-factory';
import { migrateEventStore } from './migrations';
import { PgEventStore } from './pg-event-store';

const tenantId = 'tenant-a';

describe('the PostgreSQL event store', () => {
  const pool = new Pool({ connectionString: testEnvironment().databaseUrl, max: 30 });
  const schema = uniqueSchema('es');
  const store = new PgEventStore(pool, { schema });

  beforeAll(() => migrateEventStore(pool, schema));
  afterAll(async () => {
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pool.end();
  });

  describe('when twenty writers append to one stream expecting the same version', () => {
    it('lets exactly one succeed and tells the others what was expected and what was found', async () => {
      const streamId = `peer-request-${randomUUID()}`;
      await store.append(streamId, 'no_stream', [newEvent()]);

      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, () => store.append(streamId, 1, [newEvent(), newEvent()])),
      );

      const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
      const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(succeeded).toHaveLength(1);
      expect(failed).toHaveLength(19);
      for (const { reason } of failed) {
        expect(reason).toBeInstanceOf(ConcurrencyError);
        expect(reason).toMatchObject({ streamId, expected: 1, actual: 3 });
        expect((reason as Error).message).toBe(`stream ${streamId}: expected version 1, actual 3`);
      }
      const versions = (await store.readStream(streamId)).map((e) => e.streamVersion);
      expect(versions).toEqual([1, 2, 3]);
    });

    it('lets exactly one create a new stream', async () => {
      const streamId = `peer-request-${randomUUID()}`;
      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, () => store.append(streamId, 'no_stream', [newEvent()])),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect((await store.readStream(streamId)).map((e) => e.streamVersion)).toEqual([1]);
    });
  });

  describe('when writers append with any expected version', () => {
    it('stores every event, numbered without gap or duplicate', async () => {
      const streamId = `leader-${randomUUID()}`;
      await Promise.all(
        Array.from({ length: 20 }, () => store.append(streamId, 'any', [newEvent()])),
      );
      const versions = (await store.readStream(streamId)).map((e) => e.streamVersion);
      expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });
  });

  describe('the expected version', () => {
    it('rejects no_stream for a stream that exists, and stream_exists for one that does not', async () => {
      const streamId = `division-${randomUUID()}`;
      await expect(store.append(streamId, 'stream_exists', [newEvent()])).rejects.toMatchObject({
        expected: 'stream_exists',
        actual: 'no_stream',
      });
      await store.append(streamId, 'no_stream', [newEvent()]);
      await expect(store.append(streamId, 'no_stream', [newEvent()])).rejects.toMatchObject({
        expected: 'no_stream',
        actual: 1,
      });
      const result = await store.append(streamId, 'stream_exists', [newEvent()]);
      expect(result.nextExpectedVersion).toBe(2);
    });
  });

  describe('when the same events are appended twice', () => {
    it('stores them once and answers the retry with the first result', async () => {
      const streamId = `peer-request-${randomUUID()}`;
      const events = [newEvent(), newEvent()];
      const first = await store.append(streamId, 'no_stream', events);
      const retry = await store.append(streamId, 'no_stream', events);

      expect(retry).toEqual({ ...first, alreadyStored: true });
      expect(await store.readStream(streamId)).toHaveLength(2);
    });

    it('stores them once when both appends race', async () => {
      const streamId = `peer-request-${randomUUID()}`;
      const events = [newEvent(), newEvent()];
      const results = await Promise.all(
        Array.from({ length: 5 }, () => store.append(streamId, 'any', events)),
      );
      expect(
        new Set(results.map((r) => r.events.map((e) => e.globalPosition).join())),
      ).toHaveProperty('size', 1);
      expect(await store.readStream(streamId)).toHaveLength(2);
    });

    it('refuses an append that repeats only some stored event ids', async () => {
      const streamId = `peer-request-${randomUUID()}`;
      const stored = newEvent();
      await store.append(streamId, 'no_stream', [stored]);
      await expect(store.append(streamId, 1, [stored, newEvent()])).rejects.toBeInstanceOf(
        EventIdConflictError,
      );
      expect(await store.readStream(streamId)).toHaveLength(1);
    });
  });

  describe('appending to several streams at once', () => {
    it('stores all or nothing', async () => {
      const a = `support-need-${randomUUID()}`;
      const b = `division-portfolio-${randomUUID()}`;
      await store.append(b, 'no_stream', [newEvent()]);
      await expect(
        store.appendMany([
          { streamId: a, expected: 'no_stream', events: [newEvent()] },
          { streamId: b, expected: 'no_stream', events: [newEvent()] },
        ]),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream(a)).toHaveLength(0);

      const results = await store.appendMany([
        { streamId: a, expected: 'no_stream', events: [newEvent()] },
        { streamId: b, expected: 1, events: [newEvent()] },
      ]);
      expect(results.map((r) => [r.streamId, r.nextExpectedVersion])).toEqual([
        [a, 1],
        [b, 2],
      ]);
    });
  });

  describe('a stored event', () => {
    it('keeps its data, metadata and the time it was recorded', async () => {
      const streamId = `theme-${randomUUID()}`;
      const event = newEvent('ThemeDefined', { themeId: 't-1', name: 'Growth' });
      await store.append(streamId, 'no_stream', [event]);
      const [stored] = await store.readStream(streamId);
      expect(stored).toMatchObject({
        eventId: event.eventId,
        type: 'ThemeDefined',
        schemaVersion: 1,
        streamId,
        streamVersion: 1,
        data: { themeId: 't-1', name: 'Growth' },
        metadata: { ...event.metadata, recordedAt: expect.any(String) },
      });
      expect(await store.findByCommandId(tenantId, event.metadata.commandId)).toEqual([stored]);
      expect(await store.findByCommandId('tenant-b', event.metadata.commandId)).toEqual([]);
    });

    it('can be neither changed nor deleted', async () => {
      const streamId = `theme-${randomUUID()}`;
      await store.append(streamId, 'no_stream', [newEvent()]);
      await expect(
        pool.query(`UPDATE ${schema}.events SET type = 'X' WHERE stream_id = $1`, [streamId]),
      ).rejects.toThrow(/append-only/);
      await expect(
        pool.query(`DELETE FROM ${schema}.events WHERE stream_id = $1`, [streamId]),
      ).rejects.toThrow(/append-only/);
    });
  });

  describe('reading the whole feed', () => {
    it('returns events in order from any position', async () => {
      const head = await readToEnd(store);
      const streamId = `leader-${randomUUID()}`;
      await store.append(streamId, 'no_stream', [newEvent(), newEvent(), newEvent()]);
      const { events, position } = await store.readAll(head, 2);
      expect(events.map((e) => e.streamVersion)).toEqual([1, 2]);
      const rest = await store.readAll(position, 100);
      expect(rest.events.map((e) => e.streamVersion)).toEqual([3]);
    });
  });
});

async function readToEnd(store: PgEventStore) {
  let position = START_OF_FEED;
  for (;;) {
    const batch = await store.readAll(position, 1000);
    if (batch.events.length === 0) return position;
    position = batch.position;
  }
}
