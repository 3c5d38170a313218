import { performance } from 'node:perf_hooks';
import { kafkaClient, KafkaJsTopicAdmin } from '@lib/kafka';
import { ProjectionRebuild, type RebuildReport } from '@lib/projections';
import type { Pool } from 'pg';
import { riskProjection } from '../../../apps/risk-projector/src/risk.projection';
import type { Contender } from '../measure';
import { CatchUp, ReportingConsumerRunner, ResumeCountingConsumerRunner } from './catch-up';
import {
  type BenchRunner,
  checkRiskReadModel,
  createRawTable,
  type ProjectorShape,
  rawCatchUp,
  riskRunner,
} from './projector-contenders';

/** Where one rebuild's time went, in milliseconds, and what it rebuilt. */
export interface RebuildPhases {
  /** From `run()` to the shadow runner's first batch: shadow schema, producer, group join. */
  startUp: number;
  /** From the first batch until every partition was applied to its end. */
  catchUp: number;
  /** From then until `run()` returned: lag polls, stops, comparison, swap, live restart. */
  finish: number;
  /** The parts of `finish` spent stopping the live runner and the shadow runner. */
  liveStop: number;
  shadowStop: number;
  /** Events per second in each quarter of the history: whether the rate holds as it grows. */
  quarterRates: number[];
  /** Whether the live read model held the whole history before this rebuild. */
  liveWasComplete: boolean;
  report: RebuildReport;
}

export interface RebuildContender {
  contender: Contender;
  /** Stops the live runner, once it has settled. */
  close(): Promise<void>;
}

/**
 * Ours: `ProjectionRebuild.run()` as an admin triggers it, beside the risk projector's live runner
 * in `liveSchema`: a shadow runner from offset 0 into a new schema until the lag (by the broker's
 * watermarks) is 0, the live runner stopped, both compared table by table, the shadow swapped in,
 * the live runner started again. Before the first round the live read model is empty and its
 * runner stopped (it would otherwise consume the same history at the same time); from then on it
 * is the last round's result, complete, with its runner running and caught up, as in production.
 */
export function oursRebuilding(
  pool: Pool,
  shape: ProjectorShape,
  liveSchema: string,
  phases: RebuildPhases[],
): RebuildContender {
  let liveConsumers: ResumeCountingConsumerRunner | undefined;
  const live = riskRunner(
    pool,
    shape,
    liveSchema,
    `${shape.feed.topicPrefix}projection.risk`,
    (kafkajs) => (liveConsumers = new ResumeCountingConsumerRunner(kafkajs)),
  );
  const admin = new KafkaJsTopicAdmin(kafkaClient({ brokers: shape.brokers, clientId: 'risk' }));
  const partitions = [...shape.feed.watermarks.values()].flat().length;
  let rounds = 0;
  const contender: Contender = async () => {
    if (rounds++ === 0) await live.migrate();
    const liveWasComplete = rounds > 1;
    const catchUp = new CatchUp(shape.feed);
    let shadow: BenchRunner | undefined;
    const rebuild = new ProjectionRebuild(pool, riskProjection(), liveSchema, {
      live,
      admin,
      shadowRunner: (shadowSchema) =>
        (shadow = riskRunner(
          pool,
          shape,
          shadowSchema,
          `${shape.feed.topicPrefix}projection.risk.rebuild.${shadowSchema}`,
          (kafkajs) => new ReportingConsumerRunner(kafkajs, catchUp),
        )),
      catchUpTimeoutMs: shape.timeoutMs,
    });
    const started = performance.now();
    const report = await rebuild.run('bench');
    const finished = performance.now();
    const liveStop = live.stopMs;
    // run() has started the live runner again; it keeps running, caught up, until close().
    await liveConsumers?.settled(partitions, 60_000);
    const caughtUp = await catchUp.caughtUp(1000);
    await checkRiskReadModel(pool, liveSchema, shape.feed);
    const firstBatch = catchUp.firstBatchAt ?? caughtUp;
    phases.push({
      startUp: firstBatch - started,
      catchUp: caughtUp - firstBatch,
      finish: finished - caughtUp,
      liveStop,
      shadowStop: shadow?.stopMs ?? 0,
      quarterRates: catchUp.quarterRates(),
      liveWasComplete,
      report,
    });
    return { events: shape.feed.counts.events, seconds: (finished - started) / 1000 };
  };
  return {
    contender,
    close: async () => {
      await liveConsumers?.settled(partitions, 60_000).catch(() => undefined);
      await live.stop();
    },
  };
}

/** The floor: the raw consumer into a new table with a new group, from connect until caught up. */
export function rawRebuilding(pool: Pool, shape: ProjectorShape, schema: string): Contender {
  let round = 0;
  return async () => {
    const table = await createRawTable(pool, schema, `rebuild_${++round}`);
    try {
      const { started, end } = await rawCatchUp(
        pool,
        shape,
        table,
        `${shape.feed.topicPrefix}raw.rebuild.${round}`,
      );
      return { events: shape.feed.counts.events, seconds: (end - started) / 1000 };
    } finally {
      await pool.query(`DROP TABLE IF EXISTS ${table}`);
    }
  };
}
