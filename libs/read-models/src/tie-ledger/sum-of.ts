/** Σ in a fixed order: callers pass values in a stable order, so the float result is stable too. */
export function sumInOrder(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
