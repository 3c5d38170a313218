import { Pool } from 'pg';
import type { BenchEnvironment } from './bench-environment';
import type { BenchConfig, BenchRun } from './event-store.bench';
import { type Comparison, compare, format, median } from './measure';
import { publishHistory, type PublishedFeed } from './projections/feed';
import { HISTORY_SHAPE } from './projections/peer-history';
import {
  oursProjecting,
  type ProjectorShape,
  rawUpserting,
  type StartUps,
} from './projections/projector-contenders';
import {
  oursRebuilding,
  type RebuildPhases,
  rawRebuilding,
} from './projections/rebuild-contenders';

export interface ProjectionsBenchConfig extends BenchConfig {
  /** Rebuilds measured (no warm-up: one takes minutes); the first starts from an empty live model. */
  rebuildRounds: number;
}

export const PROJECTION_PARTS = ['throughput', 'rebuild'] as const;
export type ProjectionsPart = (typeof PROJECTION_PARTS)[number];

export interface ProjectionsReport {
  results: Comparison[];
  /** Lines for under the table: where the time went, and the rebuild extrapolated to 1M events. */
  notes: string[];
  /** Added to the JSON summary. */
  details: Record<string, unknown>;
}

// Events per round at BENCH_SCALE=1: the whole benchmark stays under about four minutes on two
// cores. BENCH_SCALE=40 makes the rebuild's history a million events.
const PROJECTOR_EVENTS = 4_000;
const REBUILD_EVENTS = 25_000;
const ONE_MILLION = 1_000_000;
/**
 * The slowest average rate that still counts as progress: slower than this, a run is stuck. Low,
 * because the projection's rate falls as the history grows: a million events may take a day.
 */
const MIN_EVENTS_PER_SECOND = 5;

/**
 * The risk projector beside plain kafkajs + pg doing the least a projector can do with the same
 * messages: its throughput from a new consumer group, and a full rebuild of its read model.
 */
export async function benchProjections(
  env: BenchEnvironment,
  config: ProjectionsBenchConfig,
  run: BenchRun,
  parts: readonly ProjectionsPart[] = PROJECTION_PARTS,
): Promise<ProjectionsReport> {
  const pool = new Pool({ connectionString: env.databaseUrl, max: 5 });
  pool.on('error', (error) => run.log(`an idle PostgreSQL connection failed: ${error.message}`));
  const report: ProjectionsReport = {
    results: [],
    notes: [],
    details: { history: HISTORY_SHAPE },
  };
  try {
    if (parts.includes('throughput')) await benchProjector(env, config, run, pool, report);
    if (parts.includes('rebuild')) await benchRebuild(env, config, run, pool, report);
    // The table rounds ratios to two places, which says little this far below 1.
    const ratios = report.results.map((r) => `${r.operation} ${r.ratio.toFixed(3)}`);
    report.notes.unshift(`ours/raw to three places: ${ratios.join('; ')}.`);
    return report;
  } finally {
    await pool.end();
  }
}

async function benchProjector(
  env: BenchEnvironment,
  config: ProjectionsBenchConfig,
  run: BenchRun,
  pool: Pool,
  report: ProjectionsReport,
): Promise<void> {
  const events = Math.max(500, Math.round(PROJECTOR_EVENTS * config.scale));
  const shape = await publishedShape(env, run, 'projector', events);
  const startUps: StartUps = { ours: [], raw: [] };
  const result = await compare({
    operation: `risk projector, ${events} events`,
    ...config,
    ours: oursProjecting(pool, shape, startUps.ours),
    raw: rawUpserting(pool, shape, 'bench_raw', startUps.raw),
    ...run,
  });
  report.results.push(result);
  // The warm-up round's start-up is left out, as its rates are.
  const oursStartUp = median(startUps.ours.slice(config.warmUpRounds));
  const rawStartUp = median(startUps.raw.slice(config.warmUpRounds));
  report.notes.push(
    `Projector: rates from each consumer's first batch until every partition was applied; before it, ` +
      `the start-up took ${oursStartUp.toFixed(0)} ms for ours (schema check, dead-letter producer, group join) ` +
      `and ${rawStartUp.toFixed(0)} ms for raw (medians).`,
  );
  report.details.projector = {
    events,
    startUpMs: { ours: Math.round(oursStartUp), raw: Math.round(rawStartUp) },
  };
}

async function benchRebuild(
  env: BenchEnvironment,
  config: ProjectionsBenchConfig,
  run: BenchRun,
  pool: Pool,
  report: ProjectionsReport,
): Promise<void> {
  const events = Math.max(1000, Math.round(REBUILD_EVENTS * config.scale));
  const shape = await publishedShape(env, run, 'rebuild', events);
  const phases: RebuildPhases[] = [];
  const ours = oursRebuilding(pool, shape, 'bench_risk_live', phases);
  try {
    const result = await compare({
      operation: `rebuild from ${events} events`,
      // A rebuild is long: no warm-up, and one round unless BENCH_REBUILD_ROUNDS asks for more.
      warmUpRounds: 0,
      rounds: config.rebuildRounds,
      ours: ours.contender,
      raw: rawRebuilding(pool, shape, 'bench_raw'),
      ...run,
    });
    report.results.push(result);
    describeRebuild(result, phases, report);
  } finally {
    await ours.close();
    await pool.query('DROP SCHEMA IF EXISTS bench_risk_live CASCADE');
  }
}

function describeRebuild(
  result: Comparison,
  phases: RebuildPhases[],
  report: ProjectionsReport,
): void {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const phase = (pick: (p: RebuildPhases) => number) => median(phases.map(pick));
  const quarters = [0, 1, 2, 3].map((q) => phase((p) => p.quarterRates[q] ?? NaN));
  const last = phases[phases.length - 1];
  const rows = last?.report.tables.reduce((n, table) => n + table.shadowRows, 0) ?? 0;
  const complete = phases.filter((p) => p.liveWasComplete).length;
  const oursSeconds = ONE_MILLION / result.ours;
  const rawSeconds = ONE_MILLION / result.raw;
  report.notes.push(
    `Rebuild of ${result.events} events (measured): ours ${seconds((result.events / result.ours) * 1000)}: ` +
      `start-up ${seconds(phase((p) => p.startUp))}, catch-up ${seconds(phase((p) => p.catchUp))}, ` +
      `then ${seconds(phase((p) => p.finish))} to see lag 0, stop the live runner ` +
      `(${seconds(phase((p) => p.liveStop))}) and the shadow runner ` +
      `(${seconds(phase((p) => p.shadowStop))}), compare ${rows} rows in ` +
      `${last?.report.tables.length ?? 0} tables and swap; raw ${seconds((result.events / result.raw) * 1000)}. ` +
      `The live read model held the whole history in ${complete} of ${phases.length} rebuilds ` +
      `(the first one starts from an empty one).`,
    `Ours' catch-up rate by quarter of the history: ${quarters.map(format).join(' → ')} events/s.`,
    result.events >= ONE_MILLION
      ? `${format(result.events)} events MEASURED: ours ${duration(result.events / result.ours)}, ` +
          `raw ${duration(result.events / result.raw)}.`
      : `1,000,000 events, EXTRAPOLATED linearly from the ${result.events} measured (not measured): ` +
          `ours ${duration(oursSeconds)} at ${format(result.ours)} events/s, raw ${duration(rawSeconds)} ` +
          `at ${format(result.raw)} events/s. A rate that falls from quarter to quarter means the real ` +
          `time is longer: BENCH_SCALE=${Math.ceil(ONE_MILLION / REBUILD_EVENTS)} measures it.`,
  );
  report.details.rebuild = {
    events: result.events,
    phasesMs: {
      startUp: Math.round(phase((p) => p.startUp)),
      catchUp: Math.round(phase((p) => p.catchUp)),
      finish: Math.round(phase((p) => p.finish)),
      liveStop: Math.round(phase((p) => p.liveStop)),
      shadowStop: Math.round(phase((p) => p.shadowStop)),
    },
    oursQuarterEventsPerSecond: quarters.map(Math.round),
    comparedRows: rows,
    liveWasComplete: phases.map((p) => p.liveWasComplete),
    identical: phases.map((p) => p.report.identical),
    extrapolatedTo1M: {
      method: result.events >= ONE_MILLION ? 'measured' : 'linear',
      measuredEvents: result.events,
      oursSeconds: Math.round(oursSeconds),
      rawSeconds: Math.round(rawSeconds),
    },
  };
}

/** A history of `events` events published to topics of the part's own, and how to consume it. */
async function publishedShape(
  env: BenchEnvironment,
  run: BenchRun,
  part: 'projector' | 'rebuild',
  events: number,
): Promise<ProjectorShape> {
  run.log(`publishing ${events} events for the ${part}`);
  const feed = await publishHistory(
    env.kafkaBrokers,
    `${env.topicPrefix}${part}.`,
    events,
    run.log,
  );
  return projectorShape(env, run, feed);
}

function projectorShape(env: BenchEnvironment, run: BenchRun, feed: PublishedFeed): ProjectorShape {
  return {
    brokers: env.kafkaBrokers,
    feed,
    timeoutMs: Math.max(300_000, (feed.counts.events / MIN_EVENTS_PER_SECOND) * 1000),
    // Only trouble is worth a line: a runner that keeps failing would otherwise just time out.
    log: (line, error) => error && run.log(`  ${line}: ${String(error)}`),
  };
}

function duration(seconds: number): string {
  if (seconds < 120) return `${seconds.toFixed(0)} s`;
  if (seconds < 7200) return `${(seconds / 60).toFixed(0)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
