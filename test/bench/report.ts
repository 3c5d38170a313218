import { cpus } from 'node:os';
import { type Comparison, format } from './measure';

/** A Markdown table, ready to paste into the README. */
export function table(results: Comparison[]): string {
  const third = results.find((r) => r.third)?.third?.name;
  const rows = results.map((r) => [
    r.operation,
    format(r.ours),
    format(r.raw),
    r.ratio.toFixed(2),
    ...(third ? thirdCells(r) : []),
  ]);
  const header = [
    'operation',
    'ours events/s',
    'raw events/s',
    'ours/raw',
    ...(third ? [`${third} events/s`, `${third}/raw`, `ours/${third}`] : []),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function thirdCells({ third }: Comparison): string[] {
  if (!third) return ['–', '–', '–'];
  return [format(third.rate), third.ratioToRaw.toFixed(2), third.oursToThird.toFixed(2)];
}

/** One line of JSON, the last line of the output, for whoever tracks the numbers over time. */
export function summary(benchmark: string, config: object, results: Comparison[]): string {
  return JSON.stringify({
    benchmark,
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version },
    config,
    results: results.map((r) => ({
      operation: r.operation,
      eventsPerRound: r.events,
      rounds: r.rounds,
      oursEventsPerSecond: Math.round(r.ours),
      rawEventsPerSecond: Math.round(r.raw),
      ratio: Number(r.ratio.toFixed(3)),
      oursRange: r.oursRange.map(Math.round),
      rawRange: r.rawRange.map(Math.round),
      ...(r.third && {
        [r.third.name]: {
          eventsPerSecond: Math.round(r.third.rate),
          range: r.third.range.map(Math.round),
          ratioToRaw: Number(r.third.ratioToRaw.toFixed(3)),
          oursToIt: Number(r.third.oursToThird.toFixed(3)),
        },
      }),
    })),
  });
}
