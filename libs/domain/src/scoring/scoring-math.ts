// Small numeric helpers shared by the scoring formulas; not part of the public API.

/** Milliseconds since the epoch: the only way time reaches a formula (no clock is ever read). */
export type EpochMs = number;

export const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** clip(x) of domain README §5.5: x bounded to [0, 1]. */
export function clip01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

export function sumOf(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Π (1 − x): the chance that none of several independent causes happens (noisy-OR, §5.5). */
export function noneHappens(chances: Iterable<number>): number {
  let product = 1;
  for (const chance of chances) product *= 1 - chance;
  return product;
}
