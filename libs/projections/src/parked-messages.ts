import { fromCloudEventMessage } from '@lib/contracts';
import { restoreHeaders, type StoredHeaderValue } from '@lib/kafka';
import { schemaIdentifier } from '@lib/read-models';
import type { Pool, PoolClient } from 'pg';
import type { Projection } from './projection';

export interface ParkedMessage {
  id: number;
  topic: string;
  partition: number;
  offset: string;
  eventId: string | null;
  eventType: string | null;
  error: string;
  attempts: number;
  status: 'parked' | 'replayed' | 'skipped';
  parkedAt: string;
  resolvedBy: string | null;
  reason: string | null;
}

interface ParkedRow {
  id: string;
  topic: string;
  partition: number;
  offset: string;
  event_id: string | null;
  event_type: string | null;
  key: string | null;
  value: string | null;
  headers: Record<string, StoredHeaderValue>;
  error: string;
  attempts: number;
  status: ParkedMessage['status'];
  parked_at: Date;
  resolved_by: string | null;
  reason: string | null;
}

/**
 * The operations an admin has on parked messages: list them, replay one after the cause was fixed
 * (applied at most once, thanks to the inbox), or skip it. Every resolution is audited.
 */
export class ParkedMessages {
  private readonly schema: string;

  constructor(
    private readonly pool: Pool,
    private readonly projection: Projection,
    schema: string,
  ) {
    this.schema = schemaIdentifier(schema);
  }

  async list(status: ParkedMessage['status'] = 'parked'): Promise<ParkedMessage[]> {
    const { rows } = await this.pool.query<ParkedRow>(
      `SELECT * FROM ${this.schema}.parked_messages WHERE projection = $1 AND status = $2 ORDER BY id`,
      [this.projection.name, status],
    );
    return rows.map(toParkedMessage);
  }

  /** Applies the message now; if it still fails, it stays parked with the new error. */
  async replay(id: number, actor: string): Promise<void> {
    await this.resolve(id, actor, 'replayed', undefined, async (client, row) => {
      const { envelope } = fromCloudEventMessage(restoreHeaders(row.headers), row.value);
      const { rowCount } = await client.query(
        `INSERT INTO ${this.schema}.projection_inbox (projection, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [this.projection.name, envelope.eventId],
      );
      if (rowCount === 1) await this.projection.apply(client, this.schema, envelope);
    });
  }

  async skip(id: number, actor: string, reason: string): Promise<void> {
    if (!reason.trim()) throw new Error('a skip needs a reason');
    await this.resolve(id, actor, 'skipped', reason, async () => undefined);
  }

  private async resolve(
    id: number,
    actor: string,
    status: 'replayed' | 'skipped',
    reason: string | undefined,
    work: (client: PoolClient, row: ParkedRow) => Promise<void>,
  ): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<ParkedRow>(
        `SELECT * FROM ${this.schema}.parked_messages WHERE id = $1 AND projection = $2 FOR UPDATE`,
        [id, this.projection.name],
      );
      const row = rows[0];
      if (!row) throw new Error(`no parked message ${id} for ${this.projection.name}`);
      if (row.status !== 'parked')
        throw new Error(`parked message ${id} was already ${row.status}`);
      await work(client, row);
      await client.query(
        `UPDATE ${this.schema}.parked_messages SET status = $2, resolved_at = now(), resolved_by = $3, reason = $4 WHERE id = $1`,
        [id, status, actor, reason ?? null],
      );
      await client.query(
        `INSERT INTO ${this.schema}.projection_audit (projection, action, subject, actor, reason) VALUES ($1, $2, $3, $4, $5)`,
        [
          this.projection.name,
          status === 'replayed' ? 'replay' : 'skip',
          `parked:${id}`,
          actor,
          reason ?? null,
        ],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (status === 'replayed') await this.recordFailure(id, error);
      throw error;
    } finally {
      client.release();
    }
  }

  private async recordFailure(id: number, error: unknown): Promise<void> {
    await this.pool.query(
      `UPDATE ${this.schema}.parked_messages SET error = $2, attempts = attempts + 1 WHERE id = $1 AND status = 'parked'`,
      [id, error instanceof Error ? error.message : String(error)],
    );
  }
}

function toParkedMessage(row: ParkedRow): ParkedMessage {
  return {
    id: Number(row.id),
    topic: row.topic,
    partition: row.partition,
    offset: row.offset,
    eventId: row.event_id,
    eventType: row.event_type,
    error: row.error,
    attempts: row.attempts,
    status: row.status,
    parkedAt: row.parked_at.toISOString(),
    resolvedBy: row.resolved_by,
    reason: row.reason,
  };
}
