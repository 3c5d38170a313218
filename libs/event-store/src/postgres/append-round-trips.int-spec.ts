import { randomUUID } from 'node:crypto';
import { testEnvironment } from '@lib/testing';
import { Client, Pool } from 'pg';
import { newEvent, uniqueSchema } from '../../test/event-factory';
import { migrateEventStore } from './migrations';
import { PgEventStore } from './pg-event-store';

/** Every statement a client sends waits for its reply before the next: one query, one round trip. */
let roundTrips = 0;
class CountingClient extends Client {
  override query(...args: unknown[]): never {
    roundTrips++;
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

async function roundTripsOf(work: () => Promise<unknown>): Promise<number> {
  roundTrips = 0;
  await work();
  return roundTrips;
}

describe('the round trips of an append', () => {
  const databaseUrl = testEnvironment().databaseUrl;
  const pool = new Pool({ connectionString: databaseUrl, max: 2, Client: CountingClient });
  const schema = uniqueSchema('trips');
  const store = new PgEventStore(pool, { schema });

  beforeAll(async () => {
    const setup = new Pool({ connectionString: databaseUrl, max: 1 });
    await migrateEventStore(setup, schema);
    await setup.end();
    // Connected before counting: a new connection's start-up is not the append's.
    await pool.query('SELECT 1');
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pool.end();
  });

  describe('when the caller has no transaction of its own', () => {
    it('takes one to start a new stream', async () => {
      const streamId = `leader-${randomUUID()}`;
      expect(await roundTripsOf(() => store.append(streamId, 'no_stream', [newEvent()]))).toBe(1);
      expect(await store.readStream(streamId)).toHaveLength(1);
    });

    it('takes one to append to an existing stream at an expected version', async () => {
      const streamId = `leader-${randomUUID()}`;
      await store.append(streamId, 'no_stream', [newEvent()]);
      const trips = await roundTripsOf(() => store.append(streamId, 1, [newEvent(), newEvent()]));
      expect(trips).toBe(1);
      expect((await store.readStream(streamId)).map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    });

    it('takes one to append to several streams atomically', async () => {
      const [a, b] = [`leader-${randomUUID()}`, `division-${randomUUID()}`];
      const trips = await roundTripsOf(() =>
        store.appendMany([
          { streamId: a, expected: 'no_stream', events: [newEvent()] },
          { streamId: b, expected: 'any', events: [newEvent(), newEvent()] },
        ]),
      );
      expect(trips).toBe(1);
    });

    it('takes one to answer a retried append with its first result', async () => {
      const streamId = `leader-${randomUUID()}`;
      const events = [newEvent()];
      await store.append(streamId, 'no_stream', events);
      expect(await roundTripsOf(() => store.append(streamId, 'no_stream', events))).toBe(1);
    });

    it('takes one to refuse an append at the wrong version', async () => {
      const streamId = `leader-${randomUUID()}`;
      await store.append(streamId, 'no_stream', [newEvent()]);
      const refused = roundTripsOf(() => store.append(streamId, 5, [newEvent()]));
      await expect(refused).rejects.toMatchObject({ expected: 5, actual: 1 });
      expect(roundTrips).toBe(1);
    });
  });
});
