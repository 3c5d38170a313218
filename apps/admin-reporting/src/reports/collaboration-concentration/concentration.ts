/**
 * Gini coefficient of non-negative amounts: 0 when everyone carries the same, towards 1 when one
 * person carries everything. Null without any amount to share.
 */
export function giniOf(amounts: readonly number[]): number | null {
  const sorted = [...amounts].sort((a, b) => a - b);
  const total = sorted.reduce((sum, amount) => sum + amount, 0);
  if (sorted.length === 0 || total === 0) return null;
  const weighted = sorted.reduce((sum, amount, i) => sum + (i + 1) * amount, 0);
  return (2 * weighted) / (sorted.length * total) - (sorted.length + 1) / sorted.length;
}

/** The share of the total carried by the top 5 % of people (at least one person). */
export function top5ShareOf(amounts: readonly number[]): number | null {
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  if (amounts.length === 0 || total === 0) return null;
  const top = [...amounts].sort((a, b) => b - a).slice(0, Math.ceil(amounts.length * 0.05));
  return top.reduce((sum, amount) => sum + amount, 0) / total;
}
