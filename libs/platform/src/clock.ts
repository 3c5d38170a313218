/** The services' only source of time; deciders get it as `metadata.now`. Tests substitute it. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

type AdvanceListener = (to: Date) => Promise<void>;

/**
 * The demo seed's clock: system time until the seed sets it, then frozen at the instant set, so
 * a seeded history carries business times in the past and two seeds give the same times. Only
 * forward: a history never goes back in time. Whatever falls due by the new instant (SLA timers)
 * runs before `set` resolves, so the seed's next command comes after it, as it would in real time.
 * Production cannot switch it on (COMMAND_CLOCK in the command services' environment).
 */
export class SeedClock extends Clock {
  private frozenAt?: Date;
  private readonly listeners: AdvanceListener[] = [];

  now(): Date {
    return new Date(this.frozenAt?.getTime() ?? Date.now());
  }

  /** Freezes the clock at `to` (not before the instant it shows now) and runs what fell due. */
  async set(to: Date): Promise<void> {
    if (Number.isNaN(to.getTime())) throw new RangeError('the seed clock needs a valid instant');
    const shown = this.now().getTime();
    if (this.frozenAt && to.getTime() < shown) {
      throw new RangeError(
        `the seed clock only moves forward: it shows ${new Date(shown).toISOString()}, asked for ${to.toISOString()}`,
      );
    }
    this.frozenAt = new Date(to);
    for (const listener of this.listeners) await listener(this.now());
  }

  /** Back to system time, for whatever the platform does after the seed. */
  release(): void {
    this.frozenAt = undefined;
  }

  get isFrozen(): boolean {
    return this.frozenAt !== undefined;
  }

  onAdvance(listener: AdvanceListener): void {
    this.listeners.push(listener);
  }
}
