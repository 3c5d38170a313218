import { performance } from 'node:perf_hooks';

/** One timed run of one contender: how many events it handled and how long it took. */
export interface Sample {
  events: number;
  seconds: number;
}

/** A round of work; setup and teardown stay outside the stopwatch it calls. */
export type Contender = () => Promise<Sample>;

export interface Comparison {
  operation: string;
  /** Events per contender per round. */
  events: number;
  rounds: number;
  /** Median events per second over the rounds. */
  ours: number;
  raw: number;
  /** Median of the per-round ratios ours/raw: each round times both back to back. */
  ratio: number;
  oursRange: [number, number];
  rawRange: [number, number];
}

export interface CompareOptions {
  operation: string;
  warmUpRounds: number;
  rounds: number;
  ours: Contender;
  raw: Contender;
  log: (line: string) => void;
  /** Checked between rounds, so an interrupted run stops with no query in flight. */
  signal: AbortSignal;
}

export async function stopwatch(work: () => Promise<number>): Promise<Sample> {
  const started = performance.now();
  const events = await work();
  return { events, seconds: (performance.now() - started) / 1000 };
}

/**
 * Runs ours and the raw baseline in alternating order (ours first in even rounds, raw first in
 * odd ones), so drift on a shared machine (other jobs, a growing table, a warming cache) hits
 * both sides alike; warm-up rounds run the same way and are thrown away.
 */
export async function compare(options: CompareOptions): Promise<Comparison> {
  const { operation, warmUpRounds, rounds, log } = options;
  const ours: Sample[] = [];
  const raw: Sample[] = [];
  for (let round = -warmUpRounds; round < rounds; round++) {
    options.signal.throwIfAborted();
    const oursFirst = round % 2 === 0;
    const first = await (oursFirst ? options.ours : options.raw)();
    const second = await (oursFirst ? options.raw : options.ours)();
    const [o, r] = oursFirst ? [first, second] : [second, first];
    const label = round < 0 ? 'warm-up' : `round ${round + 1}/${rounds}`;
    log(`  ${operation} ${label}: ours ${format(rate(o))}/s, raw ${format(rate(r))}/s`);
    if (round < 0) continue;
    ours.push(o);
    raw.push(r);
  }
  const oursRates = ours.map(rate);
  const rawRates = raw.map(rate);
  return {
    operation,
    events: ours[0]?.events ?? 0,
    rounds,
    ours: median(oursRates),
    raw: median(rawRates),
    ratio: median(oursRates.map((value, i) => value / rawRates[i])),
    oursRange: range(oursRates),
    rawRange: range(rawRates),
  };
}

export function rate(sample: Sample): number {
  return sample.events / sample.seconds;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function range(values: number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}

export function format(eventsPerSecond: number): string {
  return Math.round(eventsPerSecond).toLocaleString('en-US');
}
