import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '@lib/testing/command-service-harness';
import { Pool } from 'pg';
import { RaterKeyring } from './rater-keyring';

const SCHEMA = 'assessment';

describe("the tenants' rater keys in PostgreSQL", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: Pool;
  const wrappingKey = randomBytes(32);

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 4 });
    await pool.query(`CREATE SCHEMA ${SCHEMA}`);
    await RaterKeyring.migrate(pool, SCHEMA);
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  describe('when two instances make a tenant’s first key at once', () => {
    it('both use the one that was stored', async () => {
      const [a, b] = await Promise.all([
        new RaterKeyring(pool, SCHEMA, wrappingKey).keysOf('tenant-race'),
        new RaterKeyring(pool, SCHEMA, wrappingKey).keysOf('tenant-race'),
      ]);
      expect(a.index('a-1', 'ben')).toBe(b.index('a-1', 'ben'));
      expect(b.open('a-1', a.seal('a-1', 'ben'))).toBe('ben');
    });
  });

  it('stores the key wrapped, never in clear', async () => {
    const keys = await new RaterKeyring(pool, SCHEMA, wrappingKey).keysOf('tenant-stored');
    const { rows } = await pool.query<{ wrapped_key: string }>(
      `SELECT wrapped_key FROM ${SCHEMA}.tenant_rater_keys WHERE tenant_id = 'tenant-stored'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].wrapped_key).toMatch(/^v1\./);
    expect(keys.index('a-1', 'ben')).toHaveLength(43);
  });

  describe('with another wrapping key', () => {
    it('cannot open the stored key, so no rater can be opened either', async () => {
      await new RaterKeyring(pool, SCHEMA, wrappingKey).keysOf('tenant-other-key');
      await expect(
        new RaterKeyring(pool, SCHEMA, randomBytes(32)).keysOf('tenant-other-key'),
      ).rejects.toThrow();
    });
  });

  describe("with a tenant's wrapped key copied onto another tenant", () => {
    it('refuses it', async () => {
      const keyring = new RaterKeyring(pool, SCHEMA, wrappingKey);
      await keyring.keysOf('tenant-source');
      await pool.query(
        `INSERT INTO ${SCHEMA}.tenant_rater_keys (tenant_id, wrapped_key)
         SELECT 'tenant-copy', wrapped_key FROM ${SCHEMA}.tenant_rater_keys
         WHERE tenant_id = 'tenant-source'`,
      );
      await expect(keyring.keysOf('tenant-copy')).rejects.toThrow();
    });
  });

  it('refuses a wrapping key that is not 32 bytes', () => {
    expect(() => new RaterKeyring(pool, SCHEMA, randomBytes(16))).toThrow(/32 bytes/);
  });
});
