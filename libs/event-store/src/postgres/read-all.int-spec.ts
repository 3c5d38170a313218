import { eventually, testEnvironment } from '@lib/testing';
import { Pool } from 'pg';
import { newEvent, uniqueSchema } from '../../test/event-factory';
import { type FeedPosition, START_OF_FEED } from '../event-store';
import { migrateEventStore } from './migrations';
import { PgEventStore } from './pg-event-store';

describe('reading the feed while a transaction that appended is still open', () => {
  const pool = new Pool({ connectionString: testEnvironment().databaseUrl, max: 5 });
  const schema = uniqueSchema('feed');
  const store = new PgEventStore(pool, { schema });
  let start: FeedPosition;

  beforeAll(async () => {
    await migrateEventStore(pool, schema);
    start = START_OF_FEED;
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pool.end();
  });

  it('returns nothing past it until it commits, then everything in position order', async () => {
    const slow = await pool.connect();
    try {
      await slow.query('BEGIN');
      const [early] = await store.appendInTransaction(slow, [
        { streamId: 'stream-early', expected: 'no_stream', events: [newEvent(), newEvent()] },
      ]);
      const later = await store.append('stream-later', 'no_stream', [newEvent()]);
      const latest = await store.append('stream-latest', 'no_stream', [newEvent()]);
      expect(later.events[0].globalPosition).toBeGreaterThan(early.events[1].globalPosition);

      expect((await store.readAll(start, 100)).events).toEqual([]);

      await slow.query('COMMIT');
      // Any transaction open on the server holds the feed back, other tests' included: poll.
      await eventually(async () => {
        const { events } = await store.readAll(start, 100);
        expect(events.map((e) => [e.streamId, e.globalPosition])).toEqual([
          ['stream-early', early.events[0].globalPosition],
          ['stream-early', early.events[1].globalPosition],
          ['stream-later', later.events[0].globalPosition],
          ['stream-latest', latest.events[0].globalPosition],
        ]);
      });
    } finally {
      slow.release();
    }
  });

  it('never returns the events of a transaction that rolled back', async () => {
    const { position } = await store.readAll(start, 1000);
    const aborted = await pool.connect();
    try {
      await aborted.query('BEGIN');
      await store.appendInTransaction(aborted, [
        { streamId: 'stream-aborted', expected: 'no_stream', events: [newEvent()] },
      ]);
      const kept = await store.append('stream-kept', 'no_stream', [newEvent()]);
      await aborted.query('ROLLBACK');
      await eventually(async () => {
        const { events } = await store.readAll(position, 100);
        expect(events.map((e) => e.eventId)).toEqual([kept.events[0].eventId]);
      });
    } finally {
      aborted.release();
    }
  });

  describe('when transaction ids differ in their number of digits', () => {
    /** Rows as an append in transaction `transactionId` would have stored them, long committed. */
    async function storedIn(transactionId: string, streamId: string): Promise<string> {
      const { eventId, metadata } = newEvent();
      await pool.query(
        `INSERT INTO ${schema}.events (stream_id, stream_version, event_id, type, schema_version,
           data, metadata, tenant_id, command_id, occurred_at, transaction_id)
         VALUES ($1, 1, $2, 'PeerRequestAccepted', 1, '{}', $3, $4, $5, $6, $7::xid8)`,
        [
          streamId,
          eventId,
          metadata,
          metadata.tenantId,
          metadata.commandId,
          metadata.occurredAt,
          transactionId,
        ],
      );
      return eventId;
    }

    it('reads transaction 9 before transaction 10, and skips neither', async () => {
      const inTen = await storedIn('10', 'stream-in-ten');
      const inNine = await storedIn('9', 'stream-in-nine');

      const first = await store.readAll(START_OF_FEED, 1);
      const second = await store.readAll(first.position, 1);

      expect([...first.events, ...second.events].map((e) => [e.eventId, e.transactionId])).toEqual([
        [inNine, '9'],
        [inTen, '10'],
      ]);
    });
  });
});
