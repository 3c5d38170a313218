/**
 * Operations per principal in fixed one-minute windows, in this gateway instance's memory: each
 * instance limits on its own, so N instances admit up to N times the rate in total.
 */
export class RateLimiter {
  private windowStart = 0;
  private readonly used = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one operation for `key`; false when it is over the limit. */
  take(key: string): boolean {
    const window = Math.floor(this.now() / 60_000);
    if (window !== this.windowStart) {
      this.windowStart = window;
      this.used.clear();
    }
    const count = (this.used.get(key) ?? 0) + 1;
    this.used.set(key, count);
    return count <= this.perMinute;
  }
}
