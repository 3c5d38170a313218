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
    readonly projection: string,
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

  /** Messages parked and not yet replayed or skipped: the partition moved on without them. */
  async parked(): Promise<number> {
    const { rows } = await this.pool.query<{ parked: string }>(
      `SELECT count(*) AS parked FROM ${this.schema}.parked_messages WHERE projection = $1 AND status = 'parked'`,
      [this.projection],
    );
    return Number(rows[0].parked);
  }

  /** Adds this projection to the app's lag metrics (one set per app, however many projections). */
  register(metrics: Pick<MetricsRegistry, 'gauge'>): void {
    lagMetricsOf(metrics).add(this);
  }
}

/** The gauges of every projection an app runs: a metric name can be registered only once. */
class LagMetrics {
  private readonly lags: ProjectionLag[] = [];

  constructor(metrics: Pick<MetricsRegistry, 'gauge'>) {
    const lag: Gauge<'projection' | 'topic' | 'partition'> = metrics.gauge({
      name: 'projection_lag_messages',
      help: 'Messages of a partition the projection has not applied yet',
      labelNames: ['projection', 'topic', 'partition'],
      collect: async (): Promise<void> => {
        for (const partitions of await Promise.all(this.lags.map((l) => l.partitions()))) {
          for (const { projection, topic, partition, lag: behind } of partitions)
            lag.set({ projection, topic, partition: String(partition) }, behind);
        }
      },
    });
    const parked: Gauge<'projection'> = metrics.gauge({
      name: 'projection_parked_messages',
      help: 'Messages the projection parked (they failed to decode or apply) and nobody resolved yet',
      labelNames: ['projection'],
      collect: async (): Promise<void> => {
        const counts = await Promise.all(this.lags.map((l) => l.parked()));
        this.lags.forEach((l, i) => parked.set({ projection: l.projection }, counts[i]));
      },
    });
  }

  add(lag: ProjectionLag): void {
    this.lags.push(lag);
  }
}

const lagMetrics = new WeakMap<object, LagMetrics>();

function lagMetricsOf(metrics: Pick<MetricsRegistry, 'gauge'>): LagMetrics {
  let found = lagMetrics.get(metrics);
  if (!found) {
    found = new LagMetrics(metrics);
    lagMetrics.set(metrics, found);
  }
  return found;
}
