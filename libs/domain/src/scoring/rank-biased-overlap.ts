// Rank-biased overlap, extrapolated (Webber, Moffat & Zobel, "A similarity measure for indefinite
// rankings", ACM TOIS 28(4), 2010, eq. 32). domain README §5.4 compares theme rankings with it because it
// weighs agreement at the top of two lists more than at the bottom, and copes with lists of
// different lengths and items that only one list contains.
//
// With S the shorter list (length s), L the longer (length l), and X_d the overlap of the two
// prefixes of depth d (for d > s the whole of S):
//
//   RBO_ext = (1−p)/p · [ Σ_{d=1..l} (X_d/d)·p^d + Σ_{d=s+1..l} X_s·(d−s)/(s·d)·p^d ]
//             + [ (X_l − X_s)/l + X_s/s ]·p^l
//
// The second sum assumes the agreement seen at depth s continues over the items the shorter list
// does not have; the last term extrapolates the agreement at depth l to infinite depth.

/**
 * RBO_ext(a, b; p) ∈ [0, 1], for lists of distinct items. Two empty lists are identical (1);
 * an empty list shares nothing with a non-empty one (0).
 */
export function rankBiasedOverlap(a: readonly string[], b: readonly string[], p: number): number {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const s = shorter.length;
  const l = longer.length;
  if (l === 0) return 1;
  if (s === 0) return 0;
  const overlaps = prefixOverlaps(shorter, longer);
  const xs = overlaps[s - 1];
  const xl = overlaps[l - 1];
  let sum = 0;
  for (let d = 1; d <= l; d += 1) {
    sum += (overlaps[d - 1] / d) * p ** d;
    if (d > s) sum += ((xs * (d - s)) / (s * d)) * p ** d;
  }
  return ((1 - p) / p) * sum + ((xl - xs) / l + xs / s) * p ** l;
}

/** X_d for d = 1..l, where the shorter list's prefix stops growing at its own length. */
function prefixOverlaps(shorter: readonly string[], longer: readonly string[]): number[] {
  const seenInShorter = new Set<string>();
  const seenInLonger = new Set<string>();
  const overlaps: number[] = [];
  let overlap = 0;
  for (let d = 0; d < longer.length; d += 1) {
    const fromLonger = longer[d];
    const fromShorter = d < shorter.length ? shorter[d] : undefined;
    if (fromShorter !== undefined) {
      seenInShorter.add(fromShorter);
      if (seenInLonger.has(fromShorter)) overlap += 1;
    }
    seenInLonger.add(fromLonger);
    if (seenInShorter.has(fromLonger)) overlap += 1;
    overlaps.push(overlap);
  }
  return overlaps;
}
