import type { TopicAdmin } from '@lib/kafka';
import type { MetricsRegistry } from '@lib/platform';
import { schemaIdentifier } from '@lib/read-models';
import type { Pool } from 'pg';
import type { Gauge } from 'prom-client';

export interface PartitionLag {
  projection: string;
  topic: string;
  partition: number;
  /** The partition's end: the offset of the next message written. */
  high: string;
  /** The next offset the projection will read (its stored offset, else the partition's start). */
  next: string;
  lag: number;
  /** When the projection last stored this partition's offset. */
  updatedAt: string | null;
}

/** How far a projection is behind each partition it reads: a query for admins, a metric for alerts. */
export class ProjectionLag {
  private readonly schema: string;

  constructor(
    private readonly pool: Pool,
    private readonly admin: TopicAdmin,
    private readonly projection: string,
    private readonly topics: () => string[],
    schema: string,
  ) {
    this.schema = schemaIdentifier(schema);
  }

  async partitions(): Promise<PartitionLag[]> {
    const { rows } = await this.pool.query<{
      topic: string;
      partition: number;
      next_offset: string;
      updated_at: Date;
    }>(
      `SELECT topic, partition, next_offset, updated_at FROM ${this.schema}.projection_offsets WHERE projection = $1`,
      [this.projection],
    );
    const stored = new Map(rows.map((row) => [`${row.topic}/${row.partition}`, row]));
    const lags: PartitionLag[] = [];
    for (const topic of this.topics()) {
      for (const { partition, high, low } of await this.admin.watermarks(topic)) {
        const row = stored.get(`${topic}/${partition}`);
        const next = row?.next_offset ?? low;
        lags.push({
          projection: this.projection,
          topic,
          partition,
          high,
          next,
          lag: Math.max(0, Number(BigInt(high) - BigInt(next))),
          updatedAt: row?.updated_at.toISOString() ?? null,
        });
      }
    }
    return lags;
  }

  register(metrics: Pick<MetricsRegistry, 'gauge'>): void {
    const gauge: Gauge<'projection' | 'topic' | 'partition'> = metrics.gauge({
      name: 'projection_lag_messages',
      help: 'Messages of a partition the projection has not applied yet',
      labelNames: ['projection', 'topic', 'partition'],
      collect: async (): Promise<void> => {
        for (const lag of await this.partitions()) {
          gauge.set(
            { projection: lag.projection, topic: lag.topic, partition: String(lag.partition) },
            lag.lag,
          );
        }
      },
    });
  }
}
