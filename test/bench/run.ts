import { openBenchEnvironment } from './bench-environment';
import { type BenchConfig, benchEventStore } from './event-store.bench';
import { summary, table } from './report';

/**
 * `npm run bench`: our code beside a raw baseline in the same run, reported as a ratio, because
 * the machines are shared and noisy. Progress goes to stderr; the table and a JSON line to stdout.
 */
async function main(): Promise<void> {
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
    log(`config: ${JSON.stringify(config)}`);
    const results = await benchEventStore(env, config, { log, signal: abort.signal });
    console.log(`\nEvent store (${config.rounds} rounds, medians; ratio = ours/raw)\n`);
    console.log(table(results));
    console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
    console.log(summary('event-store', config, results));
  } catch (error) {
    if (!abort.signal.aborted) throw error;
    log('interrupted: nothing to report');
    process.exitCode = 130;
  } finally {
    await env.close();
  }
}

function benchConfig(): BenchConfig {
  return {
    scale: positive('BENCH_SCALE', 1),
    rounds: Math.round(positive('BENCH_ROUNDS', 5)),
    warmUpRounds: 1,
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
