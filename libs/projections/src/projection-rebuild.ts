import type { TopicAdmin } from '@lib/kafka';
import { type Queryable, schemaIdentifier } from '@lib/read-models';
import type { Pool } from 'pg';
import type { Projection } from './projection';
import { ProjectionLag } from './projection-lag';
import type { ProjectionRunner } from './projection-runner';

export interface TableComparison {
  table: string;
  liveRows: number;
  shadowRows: number;
  identical: boolean;
}

export interface RebuildReport {
  projection: string;
  shadowSchema: string;
  tables: TableComparison[];
  /** Whether the live and the rebuilt read model had read exactly the same messages when compared. */
  sameOffsets: boolean;
  /** True when both had read the same messages and every table is equal, row for row. */
  identical: boolean;
  swappedAt: string;
}

export interface RebuildSteps {
  /** A runner of the same projection into `shadowSchema`, with a consumer group of its own. */
  shadowRunner(shadowSchema: string): ProjectionRunner;
  live: ProjectionRunner;
  admin: TopicAdmin;
  /** How long to wait for each runner to catch up. */
  catchUpTimeoutMs?: number;
}

/**
 * Rebuilds a projection from offset 0 into a shadow schema while the live one keeps serving, then
 * compares the two and swaps the shadow in by renaming schemas in one transaction: readers see the
 * old tables or the new ones, never an empty or half-built table. Before the comparison, the
 * projection may ready the shadow (`prepareSwap`), e.g. with the rows that depend on the present.
 */
export class ProjectionRebuild {
  private readonly liveSchema: string;

  constructor(
    private readonly pool: Pool,
    private readonly projection: Projection,
    liveSchema: string,
    private readonly steps: RebuildSteps,
  ) {
    this.liveSchema = schemaIdentifier(liveSchema);
  }

  async run(actor: string): Promise<RebuildReport> {
    const shadowSchema = schemaIdentifier(`${this.liveSchema}_rebuild_${Date.now().toString(36)}`);
    const shadow = this.steps.shadowRunner(shadowSchema);
    await shadow.start();
    try {
      await this.caughtUp(shadow, shadowSchema);
      // The live runner stops first, so the shadow ends at or past it: the swap never takes readers
      // back in time, and with no event in between both stopped at the same offsets.
      await this.steps.live.stop();
      await this.caughtUp(shadow, shadowSchema);
      await shadow.stop();
      await this.projection.prepareSwap?.(this.pool, shadowSchema, this.liveSchema);
      const sameOffsets = await this.sameOffsets(shadowSchema);
      const tables = await this.compare(shadowSchema);
      await this.swap(shadowSchema, actor, tables);
      return {
        projection: this.projection.name,
        shadowSchema,
        tables,
        sameOffsets,
        identical: sameOffsets && tables.every((table) => table.identical),
        swappedAt: new Date().toISOString(),
      };
    } catch (error) {
      await shadow.stop().catch(() => undefined);
      await this.pool.query(`DROP SCHEMA IF EXISTS ${shadowSchema} CASCADE`);
      throw error;
    } finally {
      await this.steps.live.start();
    }
  }

  async compare(shadowSchema: string): Promise<TableComparison[]> {
    const comparisons: TableComparison[] = [];
    for (const table of this.projection.tables) {
      const live = await fingerprint(this.pool, this.liveSchema, table);
      const shadow = await fingerprint(this.pool, shadowSchema, table);
      comparisons.push({
        table,
        liveRows: live.rows,
        shadowRows: shadow.rows,
        identical: live.rows === shadow.rows && live.digest === shadow.digest,
      });
    }
    return comparisons;
  }

  private async sameOffsets(shadowSchema: string): Promise<boolean> {
    const offsets = async (schema: string) =>
      (
        await this.pool.query<{ topic: string; partition: number; next_offset: string }>(
          `SELECT topic, partition, next_offset FROM ${schema}.projection_offsets WHERE projection = $1 ORDER BY topic, partition`,
          [this.projection.name],
        )
      ).rows;
    return (
      JSON.stringify(await offsets(this.liveSchema)) === JSON.stringify(await offsets(shadowSchema))
    );
  }

  private async swap(
    shadowSchema: string,
    actor: string,
    tables: TableComparison[],
  ): Promise<void> {
    const retired = `${this.liveSchema}_retired_${Date.now().toString(36)}`;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`ALTER SCHEMA ${this.liveSchema} RENAME TO ${retired}`);
      await client.query(`ALTER SCHEMA ${shadowSchema} RENAME TO ${this.liveSchema}`);
      await client.query(
        `INSERT INTO ${this.liveSchema}.projection_audit (projection, action, subject, actor, reason) VALUES ($1, 'rebuild', $2, $3, $4)`,
        [this.projection.name, shadowSchema, actor, JSON.stringify(tables)],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    await this.pool.query(`DROP SCHEMA ${retired} CASCADE`);
  }

  private async caughtUp(runner: ProjectionRunner, schema: string): Promise<void> {
    const lag = new ProjectionLag(
      this.pool,
      this.steps.admin,
      this.projection.name,
      () => runner.topics,
      schema,
    );
    const deadline = Date.now() + (this.steps.catchUpTimeoutMs ?? 120_000);
    while (Date.now() < deadline) {
      if ((await lag.partitions()).every((partition) => partition.lag === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${this.projection.name} in ${schema} did not catch up in time`);
  }
}

/** Row count and a digest of every row, in a stable order, to compare two copies of a table. */
async function fingerprint(
  db: Queryable,
  schema: string,
  table: string,
): Promise<{ rows: number; digest: string }> {
  const { rows } = await db.query<{ rows: string; digest: string | null }>(
    `SELECT count(*) AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM ${schema}.${table} t`,
  );
  return { rows: Number(rows[0].rows), digest: rows[0].digest ?? '' };
}
