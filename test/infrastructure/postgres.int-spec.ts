import { testEnvironment } from '@lib/testing';
import { Pool } from 'pg';

describe('the PostgreSQL database the tests run against', () => {
  const pool = new Pool({ connectionString: testEnvironment().databaseUrl, max: 2 });

  beforeAll(async () => {
    await pool.query(
      'CREATE TABLE IF NOT EXISTS smoke_ledger (id int PRIMARY KEY, note text NOT NULL)',
    );
    await pool.query('TRUNCATE smoke_ledger');
  });

  afterAll(async () => {
    await pool.query('DROP TABLE IF EXISTS smoke_ledger');
    await pool.end();
  });

  async function inTransaction(
    work: (sql: (text: string) => Promise<unknown>) => Promise<void>,
    outcome: 'COMMIT' | 'ROLLBACK',
  ) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await work((text) => client.query(text));
      await client.query(outcome);
    } finally {
      client.release();
    }
  }

  it('is a database of this run only', async () => {
    const { rows } = await pool.query<{ db: string }>('SELECT current_database() AS db');
    expect(rows[0].db).toBe(`lp_test_${process.env.TEST_RUN_ID}`);
  });

  it('keeps what a committed transaction wrote', async () => {
    await inTransaction(async (sql) => {
      await sql("INSERT INTO smoke_ledger VALUES (1, 'kept')");
    }, 'COMMIT');
    const { rows } = await pool.query('SELECT note FROM smoke_ledger WHERE id = 1');
    expect(rows).toEqual([{ note: 'kept' }]);
  });

  it('keeps nothing of a rolled back transaction', async () => {
    await inTransaction(async (sql) => {
      await sql("INSERT INTO smoke_ledger VALUES (2, 'discarded')");
      await sql("UPDATE smoke_ledger SET note = 'changed' WHERE id = 1");
    }, 'ROLLBACK');
    const { rows } = await pool.query('SELECT id, note FROM smoke_ledger ORDER BY id');
    expect(rows).toEqual([{ id: 1, note: 'kept' }]);
  });
});
