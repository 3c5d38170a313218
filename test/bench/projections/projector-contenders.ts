import { performance } from 'node:perf_hooks';
import {
  type BatchConsumerRunner,
  kafkaClient,
  KafkaJsBatchConsumerRunner,
  KafkaJsFeedProducer,
} from '@lib/kafka';
import { PROJECTION_FETCH, ProjectionLag, ProjectionRunner } from '@lib/projections';
import { Kafka, logLevel } from 'kafkajs';
import type { Pool } from 'pg';
import { riskProjection } from '../../../apps/risk-projector/src/risk.projection';
import type { Contender, Sample } from '../measure';
import { CatchUp, ReportingConsumerRunner } from './catch-up';
import { type PublishedFeed, PublishedWatermarks } from './feed';

export interface ProjectorShape {
  brokers: string[];
  feed: PublishedFeed;
  /** A consumer that has not caught up by then is broken, not slow. */
  timeoutMs: number;
  log: (line: string, error?: unknown) => void;
}

/** How long each contender took from its start to its first batch, per round (not in the rates). */
export interface StartUps {
  ours: number[];
  raw: number[];
}

/** The risk projector's runner as ProjectorModule builds it, remembering how long it took to stop. */
export class BenchRunner extends ProjectionRunner {
  stopMs = 0;

  override async stop(): Promise<void> {
    const started = performance.now();
    await super.stop();
    this.stopMs = performance.now() - started;
  }
}

/**
 * A runner of the risk projection into `schema`; `consumers` may wrap its kafkajs consumer runner
 * (unchanged) to follow its batches.
 */
export function riskRunner(
  pool: Pool,
  shape: ProjectorShape,
  schema: string,
  groupId: string,
  consumers: (kafkajs: BatchConsumerRunner) => BatchConsumerRunner = (kafkajs) => kafkajs,
): BenchRunner {
  const kafka = kafkaClient({ brokers: shape.brokers, clientId: 'risk-projector' });
  return new BenchRunner(
    pool,
    riskProjection(),
    consumers(new KafkaJsBatchConsumerRunner(kafka)),
    new KafkaJsFeedProducer(kafka),
    {
      schema,
      groupId,
      topicPrefix: shape.feed.topicPrefix,
      deadLetterTopic: shape.feed.deadLetterTopic,
      log: shape.log,
    },
  );
}

/**
 * Ours: a ProjectionRunner with the risk projection, into a new schema with a new consumer group
 * each round, from offset 0 until every partition is applied to its end. Timed from its first
 * batch, so the rate is the steady one; the start-up before it is kept apart.
 */
export function oursProjecting(pool: Pool, shape: ProjectorShape, startUps: number[]): Contender {
  let round = 0;
  return async () => {
    const schema = `bench_risk_${++round}`;
    const catchUp = new CatchUp(shape.feed);
    const groupId = `${shape.feed.topicPrefix}projection.risk.${round}`;
    const runner = riskRunner(
      pool,
      shape,
      schema,
      groupId,
      (kafkajs) => new ReportingConsumerRunner(kafkajs, catchUp),
    );
    try {
      await runner.migrate();
      const started = performance.now();
      let end: number;
      try {
        await runner.start();
        end = await catchUp.caughtUp(shape.timeoutMs);
      } finally {
        await runner.stop();
      }
      await checkRiskReadModel(pool, schema, shape.feed);
      startUps.push((catchUp.firstBatchAt ?? end) - started);
      return steadySample(catchUp, end, shape.feed);
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  };
}

/**
 * The floor: a plain kafkajs consumer (new group, from offset 0) whose `eachBatch` writes the whole
 * batch in ONE `INSERT … SELECT FROM unnest(…) ON CONFLICT DO UPDATE` (the latest event of each
 * stream) into a simple table, then commits the batch's offset, as our consumer runner does.
 */
export function rawUpserting(
  pool: Pool,
  shape: ProjectorShape,
  schema: string,
  startUps: number[],
): Contender {
  let round = 0;
  return async () => {
    const table = await createRawTable(pool, schema, `projector_${++round}`);
    try {
      const { catchUp, started, end } = await rawCatchUp(
        pool,
        shape,
        table,
        `${shape.feed.topicPrefix}raw.${round}`,
      );
      startUps.push((catchUp.firstBatchAt ?? end) - started);
      return steadySample(catchUp, end, shape.feed);
    } finally {
      await pool.query(`DROP TABLE IF EXISTS ${table}`);
    }
  };
}

/** The raw baseline's table: one row per stream, its latest event. */
export async function createRawTable(pool: Pool, schema: string, name: string): Promise<string> {
  const table = `${schema}.raw_${name}`;
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await pool.query(`DROP TABLE IF EXISTS ${table}`);
  await pool.query(
    `CREATE TABLE ${table} (
       stream_id text PRIMARY KEY,
       tenant_id text NOT NULL,
       type text NOT NULL,
       version int NOT NULL,
       data jsonb NOT NULL
     )`,
  );
  return table;
}

/** Runs the raw consumer from connect until caught up; returns when it started and finished. */
export async function rawCatchUp(
  pool: Pool,
  shape: ProjectorShape,
  table: string,
  groupId: string,
): Promise<{ catchUp: CatchUp; started: number; end: number }> {
  // The latest event of each stream in the batch: ON CONFLICT DO UPDATE may touch a row once only.
  const upsert = `INSERT INTO ${table} (stream_id, tenant_id, type, version, data)
    SELECT DISTINCT ON (k) k, t, ty, v, d::jsonb
      FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[]) WITH ORDINALITY AS m(k, t, ty, v, d, n)
     ORDER BY k, n DESC
    ON CONFLICT (stream_id) DO UPDATE
       SET type = EXCLUDED.type, version = EXCLUDED.version, data = EXCLUDED.data
     WHERE ${table}.version < EXCLUDED.version`;
  const catchUp = new CatchUp(shape.feed);
  const kafka = new Kafka({ brokers: shape.brokers, clientId: 'raw', logLevel: logLevel.ERROR });
  // The fetch sizes the runner uses: batches of the same size on both sides.
  const consumer = kafka.consumer({ groupId, ...PROJECTION_FETCH });
  const started = performance.now();
  let end: number;
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: shape.feed.topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, isRunning, isStale }) => {
        if (!isRunning() || isStale() || batch.messages.length === 0) return;
        catchUp.batchStarted();
        const header = (headers: (typeof batch.messages)[number]['headers'], name: string) =>
          String(headers?.[name] ?? '');
        await pool.query(upsert, [
          batch.messages.map((m) => m.key?.toString() ?? ''),
          batch.messages.map((m) => header(m.headers, 'ce_tenantid')),
          batch.messages.map((m) => header(m.headers, 'ce_type')),
          batch.messages.map((m) => Number(header(m.headers, 'ce_streamversion'))),
          batch.messages.map((m) => m.value?.toString() ?? 'null'),
        ]);
        const last = batch.messages[batch.messages.length - 1].offset;
        catchUp.batchApplied(batch.topic, batch.partition, last, batch.messages.length);
        resolveOffset(last);
        await consumer.commitOffsets([
          {
            topic: batch.topic,
            partition: batch.partition,
            offset: (BigInt(last) + 1n).toString(),
          },
        ]);
      },
    });
    end = await catchUp.caughtUp(shape.timeoutMs);
  } finally {
    await consumer.disconnect();
  }
  await checkRawTable(pool, table, shape.feed);
  return { catchUp, started, end };
}

function steadySample(catchUp: CatchUp, end: number, feed: PublishedFeed): Sample {
  const from = catchUp.firstBatchAt ?? end;
  return { events: feed.counts.events, seconds: (end - from) / 1000 };
}

/** What a caught-up risk read model must show: lag 0, nothing parked, every request stored. */
export async function checkRiskReadModel(
  pool: Pool,
  schema: string,
  feed: PublishedFeed,
): Promise<void> {
  const lag = new ProjectionLag(
    pool,
    new PublishedWatermarks(feed),
    'risk',
    () => feed.topics,
    schema,
  );
  const behind = (await lag.partitions()).filter((partition) => partition.lag !== 0);
  if (behind.length > 0)
    throw new Error(`risk in ${schema} still lags: ${JSON.stringify(behind.slice(0, 3))}`);
  const { rows } = await pool.query<{ parked: string; requests: string; cells: string }>(
    `SELECT (SELECT count(*) FROM ${schema}.parked_messages) AS parked,
            (SELECT count(*) FROM ${schema}.in_peer_requests) AS requests,
            (SELECT count(*) FROM ${schema}.division_collaboration) AS cells`,
  );
  const { parked, requests, cells } = rows[0];
  if (Number(parked) !== 0) throw new Error(`risk in ${schema} parked ${parked} messages`);
  if (Number(requests) !== feed.counts.requests || Number(cells) === 0)
    throw new Error(
      `risk in ${schema} holds ${requests} requests and ${cells} matrix cells; the feed had ${feed.counts.requests} requests`,
    );
}

async function checkRawTable(pool: Pool, table: string, feed: PublishedFeed): Promise<void> {
  const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  const streams = feed.counts.leaders + feed.counts.requests;
  if (Number(rows[0].n) !== streams)
    throw new Error(`${table} holds ${rows[0].n} streams; the feed had ${streams}`);
}
