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
  /** A third contender measured in the same rounds (another library doing the same work). */
  third?: ThirdResult;
}

export interface ThirdResult {
  name: string;
  /** Median events per second. */
  rate: number;
  range: [number, number];
  /** Medians of the per-round ratios third/raw and ours/third. */
  ratioToRaw: number;
  oursToThird: number;
}

export interface CompareOptions {
  operation: string;
  warmUpRounds: number;
  rounds: number;
  ours: Contender;
  raw: Contender;
  third?: { name: string; contender: Contender };
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
 * Runs ours and the raw baseline (and a third contender when given) in an order rotated each
 * round, so drift on a shared machine (other jobs, a growing table, a warming cache) hits all
 * sides alike; warm-up rounds run the same way and are thrown away.
 */
export async function compare(options: CompareOptions): Promise<Comparison> {
  const { operation, warmUpRounds, rounds, log, third } = options;
  const contenders = [options.ours, options.raw, ...(third ? [third.contender] : [])];
  const names = ['ours', 'raw', ...(third ? [third.name] : [])];
  const samples: Sample[][] = contenders.map(() => []);
  for (let round = -warmUpRounds; round < rounds; round++) {
    options.signal.throwIfAborted();
    const shift = (round + warmUpRounds) % contenders.length;
    const order = contenders.map((_, i) => (i + shift) % contenders.length);
    const taken: Sample[] = [];
    for (const i of order) taken[i] = await contenders[i]();
    const label = round < 0 ? 'warm-up' : `round ${round + 1}/${rounds}`;
    const rates = taken.map((sample, i) => `${names[i]} ${format(rate(sample))}/s`);
    log(`  ${operation} ${label}: ${rates.join(', ')}`);
    if (round < 0) continue;
    taken.forEach((sample, i) => samples[i].push(sample));
  }
  const [oursRates, rawRates, thirdRates] = samples.map((list) => list.map(rate));
  return {
    operation,
    events: samples[0][0]?.events ?? 0,
    rounds,
    ours: median(oursRates),
    raw: median(rawRates),
    ratio: median(oursRates.map((value, i) => value / rawRates[i])),
    oursRange: range(oursRates),
    rawRange: range(rawRates),
    ...(third && {
      third: {
        name: third.name,
        rate: median(thirdRates),
        range: range(thirdRates),
        ratioToRaw: median(thirdRates.map((value, i) => value / rawRates[i])),
        oursToThird: median(oursRates.map((value, i) => value / thirdRates[i])),
      },
    }),
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
