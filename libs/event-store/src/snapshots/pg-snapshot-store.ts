import type { Pool } from 'pg';
import { schemaIdentifier } from '../postgres/sql-identifier';

export interface Snapshot<State> {
  streamVersion: number;
  state: State;
}

/**
 * A cache of folded state for long streams. Loading without it gives the same state; a snapshot
 * taken by another shape of the state (another stateVersion) is ignored.
 */
export class PgSnapshotStore {
  private readonly schema: string;

  constructor(
    private readonly pool: Pool,
    schema: string,
  ) {
    this.schema = schemaIdentifier(schema);
  }

  async load<State>(
    streamId: string,
    name: string,
    stateVersion: number,
  ): Promise<Snapshot<State> | undefined> {
    const { rows } = await this.pool.query<{ stream_version: string; state: State }>(
      `SELECT stream_version, state FROM ${this.schema}.snapshots
        WHERE stream_id = $1 AND snapshot_name = $2 AND state_version = $3`,
      [streamId, name, stateVersion],
    );
    return rows[0] && { streamVersion: Number(rows[0].stream_version), state: rows[0].state };
  }

  async save<State>(
    streamId: string,
    name: string,
    stateVersion: number,
    snapshot: Snapshot<State>,
  ): Promise<void> {
    // A slower writer never replaces a newer snapshot with an older one.
    await this.pool.query(
      `INSERT INTO ${this.schema}.snapshots (stream_id, snapshot_name, state_version, stream_version, state)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (stream_id, snapshot_name) DO UPDATE
         SET state_version = EXCLUDED.state_version, stream_version = EXCLUDED.stream_version,
             state = EXCLUDED.state, taken_at = now()
         WHERE ${this.schema}.snapshots.stream_version < EXCLUDED.stream_version
            OR ${this.schema}.snapshots.state_version <> EXCLUDED.state_version`,
      [streamId, name, stateVersion, snapshot.streamVersion, JSON.stringify(snapshot.state)],
    );
  }
}
