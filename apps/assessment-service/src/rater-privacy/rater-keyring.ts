import { randomBytes } from 'node:crypto';
import { type Queryable, schemaIdentifier } from '@lib/read-models';
import { seal, unseal } from './sealing';
import { TenantRaterKeys } from './tenant-rater-keys';

/**
 * The tenants' rater keys, stored in the service's schema wrapped (AES-256-GCM) by a key from
 * configuration, so a copy of the database alone opens no rater. Erasing a tenant's row makes
 * every rater reference of that tenant unreadable for good (crypto-shredding).
 */
export class RaterKeyring {
  private readonly s: string;
  private readonly tenants = new Map<string, Promise<TenantRaterKeys>>();

  constructor(
    private readonly db: Queryable,
    schema: string,
    private readonly wrappingKey: Buffer,
  ) {
    this.s = schemaIdentifier(schema);
    if (wrappingKey.length !== 32) throw new Error('the rater key wrapping key must be 32 bytes');
  }

  static async migrate(db: Queryable, schema: string): Promise<void> {
    const s = schemaIdentifier(schema);
    await db.query(`
      CREATE TABLE IF NOT EXISTS ${s}.tenant_rater_keys (
        tenant_id text PRIMARY KEY,
        wrapped_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  keysOf(tenantId: string): Promise<TenantRaterKeys> {
    let keys = this.tenants.get(tenantId);
    if (!keys) {
      keys = this.loadOrCreate(tenantId);
      // A failed load is not remembered: the next command tries again.
      keys.catch(() => this.tenants.delete(tenantId));
      this.tenants.set(tenantId, keys);
    }
    return keys;
  }

  private async loadOrCreate(tenantId: string): Promise<TenantRaterKeys> {
    const boundTo = `tenant rater key\n${tenantId}`;
    // Two instances creating a tenant's first key at once: one insert wins, both read the winner.
    await this.db.query(
      `INSERT INTO ${this.s}.tenant_rater_keys (tenant_id, wrapped_key) VALUES ($1, $2)
       ON CONFLICT (tenant_id) DO NOTHING`,
      [tenantId, seal(this.wrappingKey, randomBytes(32), boundTo)],
    );
    const { rows } = await this.db.query<{ wrapped_key: string }>(
      `SELECT wrapped_key FROM ${this.s}.tenant_rater_keys WHERE tenant_id = $1`,
      [tenantId],
    );
    return new TenantRaterKeys(tenantId, unseal(this.wrappingKey, rows[0].wrapped_key, boundTo));
  }
}
