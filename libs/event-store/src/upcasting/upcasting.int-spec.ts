import { eventually, testEnvironment } from '@lib/testing';
import { Pool } from 'pg';
import { newEvent, uniqueSchema } from '../../test/event-factory';
import { START_OF_FEED } from '../event-store';
import { migrateEventStore } from '../postgres/migrations';
import { PgEventStore } from '../postgres/pg-event-store';
import { feedUpcasters } from './feed-upcasters';

describe('an event stored in an older shape', () => {
  const pool = new Pool({ connectionString: testEnvironment().databaseUrl, max: 3 });
  const schema = uniqueSchema('upcast');
  const store = new PgEventStore(pool, { schema, upcasters: feedUpcasters });

  beforeAll(() => migrateEventStore(pool, schema));
  afterAll(async () => {
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pool.end();
  });

  it('is stored as written and read in the current shape, from its stream and from the feed', async () => {
    const v1 = { leaderId: 'leader-7', divisionId: 'division-ops', name: 'Katherine Johnson' };
    await store.append('leader-7', 'no_stream', [
      { ...newEvent('LeaderRegistered', v1), schemaVersion: 1 },
    ]);

    const { rows } = await pool.query(`SELECT schema_version, data FROM ${schema}.events`);
    expect(rows).toEqual([{ schema_version: 1, data: v1 }]);

    const current = { schemaVersion: 2, data: { ...v1, level: 'unspecified' } };
    expect(await store.readStream('leader-7')).toEqual([expect.objectContaining(current)]);
    expect((await store.readAll(START_OF_FEED, 10)).events).toEqual([
      expect.objectContaining(current),
    ]);
  });

  it('is published in the current shape, while a current one goes out as it was stored', async () => {
    const v1 = { leaderId: 'leader-9', divisionId: 'division-ops', name: 'Mary Jackson' };
    const v2 = {
      leaderId: 'leader-10',
      divisionId: 'division-ops',
      name: 'Annie Easley',
      level: 'lead',
    };
    await store.append('leader-9', 'no_stream', [
      { ...newEvent('LeaderRegistered', v1), schemaVersion: 1 },
    ]);
    await store.append('leader-10', 'no_stream', [newEvent('LeaderRegistered', v2)]);

    // Another database's transaction on the shared server can hold the feed back for a moment.
    const published = await eventually(async () => {
      const { events } = await store.readFeed(START_OF_FEED, 10);
      const ours = events.filter((e) => ['leader-9', 'leader-10'].includes(e.streamId));
      expect(ours.map((e) => [e.schemaVersion, JSON.parse(e.dataJson)])).toEqual([
        [2, { ...v1, level: 'unspecified' }],
        [2, v2],
      ]);
      return ours;
    });
    const { rows } = await pool.query(
      `SELECT data::text AS json FROM ${schema}.events WHERE stream_id = 'leader-10'`,
    );
    expect(published[1].dataJson).toBe(rows[0].json);
  });

  it('is written in the current shape when new', async () => {
    const v2 = {
      leaderId: 'leader-8',
      divisionId: 'division-ops',
      name: 'Dorothy Vaughan',
      level: 'senior',
    };
    await store.append('leader-8', 'no_stream', [newEvent('LeaderRegistered', v2)]);
    const { rows } = await pool.query(
      `SELECT schema_version FROM ${schema}.events WHERE stream_id = 'leader-8'`,
    );
    expect(rows).toEqual([{ schema_version: 2 }]);
  });
});
