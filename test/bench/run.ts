import { type BenchEnvironment, openBenchEnvironment } from './bench-environment';
import { type BenchRun, benchEventStore } from './event-store.bench';
import type { Comparison } from './measure';
import {
  benchProjections,
  PROJECTION_PARTS,
  type ProjectionsBenchConfig,
  type ProjectionsPart,
} from './projections.bench';
import { summary, table } from './report';

/** What one benchmark reports: a table, lines to read under it, and extra fields for its JSON line. */
interface BenchReport {
  title: string;
  results: Comparison[];
  notes: string[];
  details: Record<string, unknown>;
  /** The settings it ran with, for its JSON line. */
  config: object;
}

interface Benchmark {
  name: string;
  run(env: BenchEnvironment, config: ProjectionsBenchConfig, run: BenchRun): Promise<BenchReport>;
}

function benchmarks(projectionParts: readonly ProjectionsPart[]): Benchmark[] {
  return [
    {
      name: 'event-store',
      run: async (env, config, run) => ({
        title: `Event store (${config.rounds} rounds, medians; ratio = ours/raw)`,
        ...(await benchEventStore(env, config, run)),
        details: {},
        config: { scale: config.scale, rounds: config.rounds, warmUpRounds: config.warmUpRounds },
      }),
    },
    {
      name: 'projections',
      run: async (env, config, run) => ({
        title:
          `Projections (projector: ${config.rounds} rounds, rebuild: ${config.rebuildRounds}; ` +
          `medians; ratio = ours/raw)`,
        ...(await benchProjections(env, config, run, projectionParts)),
        config: { ...config, parts: projectionParts },
      }),
    },
  ];
}

/**
 * `npm run bench [-- event-store | projections | projections:throughput | projections:rebuild]`:
 * our code beside a raw baseline in the same run, reported as a ratio, because the machines are
 * shared and noisy. With no name, every benchmark runs. Progress goes to stderr; the tables and
 * one JSON line per benchmark (the last lines) to stdout.
 */
async function main(): Promise<void> {
  const { selected, projectionParts } = selection(process.argv.slice(2));
  const config = benchConfig();
  const log = (line: string) => console.error(line);
  const started = Date.now();
  const env = await openBenchEnvironment(log);
  const abort = new AbortController();
  const interrupted = (signal: NodeJS.Signals) => {
    if (!abort.signal.aborted) {
      log(`${signal}: stopping after this round, then cleaning up (${signal} again to force)`);
      abort.abort(new Error(`interrupted by ${signal}`));
      return;
    }
    void env.close().finally(() => process.exit(130));
  };
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  try {
    log(env.summary.join('\n'));
    log(`config: ${JSON.stringify(config)}, benchmarks: ${selected.join(', ')}`);
    const summaries: string[] = [];
    for (const benchmark of benchmarks(projectionParts)) {
      if (!selected.includes(benchmark.name)) continue;
      const report = await benchmark.run(env, config, { log, signal: abort.signal });
      console.log(`\n${report.title}\n`);
      console.log(table(report.results));
      for (const note of report.notes) console.log(`\n${note}`);
      const line = JSON.parse(summary(benchmark.name, report.config, report.results)) as object;
      summaries.push(JSON.stringify({ ...line, ...report.details }));
    }
    console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
    for (const line of summaries) console.log(line);
  } catch (error) {
    if (!abort.signal.aborted) throw error;
    log('interrupted: nothing to report');
    process.exitCode = 130;
  } finally {
    await env.close();
  }
}

/** Benchmark names from the command line; `projections:<part>` runs one part of that benchmark. */
function selection(args: string[]): {
  selected: string[];
  projectionParts: readonly ProjectionsPart[];
} {
  const names = benchmarks([]).map((b) => b.name);
  const parts = PROJECTION_PARTS.map((part) => `projections:${part}`);
  const unknown = args.filter((arg) => !names.includes(arg) && !parts.includes(arg));
  if (unknown.length > 0) {
    throw new Error(
      `unknown benchmark ${unknown.join(', ')}: choose from ${[...names, ...parts].join(', ')}`,
    );
  }
  if (args.length === 0) return { selected: names, projectionParts: PROJECTION_PARTS };
  const chosenParts = PROJECTION_PARTS.filter((part) => args.includes(`projections:${part}`));
  const wholeProjections = args.includes('projections') || chosenParts.length === 0;
  return {
    selected: names.filter(
      (name) => args.includes(name) || (name === 'projections' && chosenParts.length > 0),
    ),
    projectionParts: wholeProjections ? PROJECTION_PARTS : chosenParts,
  };
}

function benchConfig(): ProjectionsBenchConfig {
  return {
    scale: positive('BENCH_SCALE', 1),
    rounds: Math.round(positive('BENCH_ROUNDS', 5)),
    warmUpRounds: 1,
    rebuildRounds: Math.round(positive('BENCH_REBUILD_ROUNDS', 1)),
  };
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number (got "${raw}")`);
  }
  return value;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
