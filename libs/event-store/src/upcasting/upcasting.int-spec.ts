import { testEnvironment } from '@lib/testing';
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
