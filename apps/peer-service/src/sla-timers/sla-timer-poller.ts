import type { Clock } from '@lib/platform';
import type { DueTimer, SlaTimerStore } from './sla-timer.store';

export interface SlaTimerPollerOptions {
  intervalMs: number;
  batchSize: number;
  /** How long a claimed timer stays with the instance that claimed it. */
  leaseMs?: number;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Fires the SLA timers kept in PostgreSQL when they fall due: at start (so the timers that fell
 * due while the service was down fire at once), then every interval, and again at once after a
 * batch that fired in full (a backlog). A timer that cannot fire yet, say one the decider refuses
 * with SLA_NOT_YET_DUE, is handed back and tried at the next poll.
 */
export class SlaTimerPoller {
  private stopped = true;
  private timeout?: NodeJS.Timeout;
  // Polls run one after another: a catch-up never races the interval's poll for the same timers.
  private current: Promise<unknown> = Promise.resolve();
  private readonly leaseMs: number;
  private readonly log: NonNullable<SlaTimerPollerOptions['log']>;

  constructor(
    private readonly store: SlaTimerStore,
    private readonly fire: (timer: DueTimer) => Promise<void>,
    private readonly clock: Clock,
    private readonly options: SlaTimerPollerOptions,
  ) {
    this.leaseMs = options.leaseMs ?? 60_000;
    this.log = options.log ?? (() => undefined);
  }

  start(): void {
    this.stopped = false;
    this.pollAfter(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timeout);
    await this.current;
  }

  /**
   * Fires everything due by now, after any poll in flight: when this resolves, no timer due by
   * now is left unfired in this instance (the seed clock waits for it before moving on).
   */
  catchUp(): Promise<void> {
    return this.serially(async () => {
      while ((await this.pollOnce()) > 0);
    });
  }

  /** Fires the timers due now that no other instance holds; answers how many fired. */
  async pollOnce(): Promise<number> {
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + this.leaseMs).toISOString();
    const due = await this.store.claimDue(now.toISOString(), leaseUntil, this.options.batchSize);
    let fired = 0;
    for (const timer of due) fired += (await this.fireOne(timer)) ? 1 : 0;
    return fired;
  }

  private pollAfter(delayMs: number): void {
    this.timeout = setTimeout(() => {
      void this.serially(() => this.pollOnce())
        .catch((error: unknown) => {
          this.log('polling the SLA timers failed; trying again at the next interval', error);
          return 0;
        })
        .then((fired) => {
          if (this.stopped) return;
          // Only a batch that fired in full hints at a backlog: refused timers wait an interval.
          this.pollAfter(fired >= this.options.batchSize ? 0 : this.options.intervalMs);
        });
    }, delayMs);
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const next = this.current.then(task);
    this.current = next.catch(() => undefined);
    return next;
  }

  private async fireOne(timer: DueTimer): Promise<boolean> {
    try {
      await this.fire(timer);
    } catch (error) {
      this.log(`${timer.command} of request ${timer.requestId} did not fire; retried later`, error);
      await this.store.release(timer, error instanceof Error ? error.message : String(error));
      return false;
    }
    await this.store.markFired(timer, this.clock.now().toISOString());
    return true;
  }
}
