import type { Pool } from 'pg';
import { type FeedPosition, START_OF_FEED } from '../event-store';
import { schemaIdentifier } from '../postgres/sql-identifier';

/** How far a relay has published the feed; written only after Kafka acknowledged. */
export class RelayCheckpoints {
  private readonly schema: string;

  constructor(
    private readonly pool: Pool,
    schema: string,
  ) {
    this.schema = schemaIdentifier(schema);
  }

  async load(relayName: string): Promise<FeedPosition> {
    const { rows } = await this.pool.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text AS transaction_id, global_position
         FROM ${this.schema}.relay_checkpoints WHERE relay_name = $1`,
      [relayName],
    );
    const row = rows[0];
    return row
      ? { transactionId: row.transaction_id, globalPosition: Number(row.global_position) }
      : START_OF_FEED;
  }

  async store(relayName: string, position: FeedPosition): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.schema}.relay_checkpoints (relay_name, transaction_id, global_position)
       VALUES ($1, $2::xid8, $3)
       ON CONFLICT (relay_name) DO UPDATE
         SET transaction_id = EXCLUDED.transaction_id, global_position = EXCLUDED.global_position, updated_at = now()`,
      [relayName, position.transactionId, position.globalPosition],
    );
  }
}
