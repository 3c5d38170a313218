import { performance } from 'node:perf_hooks';
import {
  type BatchConsumerOptions,
  BatchConsumerRunner,
  type ConsumedBatch,
  type RunningConsumer,
} from '@lib/kafka';
import type { PublishedFeed } from './feed';

/**
 * Follows one consumer through a published feed: when its first batch arrived, when each quarter
 * of the events was applied, and when every partition was applied to its end. Both contenders
 * report a batch the same way, once its PostgreSQL transaction has committed and before its Kafka
 * offsets are, so the clocks of ours and of the baseline start and stop at the same points.
 */
export class CatchUp {
  firstBatchAt?: number;
  /** When 1/4, 2/4, 3/4 and all of the events had been applied. */
  readonly quarters: number[] = [];
  private applied = 0;
  private readonly behind = new Map<string, bigint>();
  private readonly reached: Promise<number>;
  private reach!: (at: number) => void;

  constructor(private readonly feed: PublishedFeed) {
    for (const [topic, partitions] of feed.watermarks) {
      for (const { partition, high, low } of partitions) {
        if (BigInt(high) > BigInt(low)) this.behind.set(`${topic}/${partition}`, BigInt(high));
      }
    }
    this.reached = new Promise((resolve) => (this.reach = resolve));
    if (this.behind.size === 0) this.reach(performance.now());
  }

  batchStarted(): void {
    this.firstBatchAt ??= performance.now();
  }

  batchApplied(topic: string, partition: number, lastOffset: string, messages: number): void {
    const now = performance.now();
    this.applied += messages;
    const total = this.feed.counts.events;
    while (this.quarters.length < 4 && this.applied >= ((this.quarters.length + 1) * total) / 4)
      this.quarters.push(now);
    const key = `${topic}/${partition}`;
    const end = this.behind.get(key);
    if (end !== undefined && BigInt(lastOffset) + 1n >= end) this.behind.delete(key);
    if (this.behind.size === 0) this.reach(now);
  }

  /** Resolves with the instant every partition was applied to its end. */
  async caughtUp(timeoutMs: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`not caught up within ${timeoutMs} ms (${this.describe()})`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.reached, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Events per second in each quarter of the feed, from the first batch on. */
  quarterRates(): number[] {
    const quarter = this.feed.counts.events / 4;
    return this.quarters.map((at, i) => {
      const from = i === 0 ? (this.firstBatchAt ?? at) : this.quarters[i - 1];
      return quarter / ((at - from) / 1000);
    });
  }

  private describe(): string {
    return `${this.applied} of ${this.feed.counts.events} events applied, ${this.behind.size} partitions behind`;
  }
}

/** Our kafkajs consumer runner, unchanged, with each batch reported to a CatchUp. */
export class ReportingConsumerRunner extends BatchConsumerRunner {
  constructor(
    private readonly inner: BatchConsumerRunner,
    private readonly catchUp: CatchUp,
  ) {
    super();
  }

  run(
    options: BatchConsumerOptions,
    handle: (batch: ConsumedBatch) => Promise<void>,
  ): Promise<RunningConsumer> {
    return this.inner.run(options, async (batch) => {
      this.catchUp.batchStarted();
      await handle(batch);
      const last = batch.messages[batch.messages.length - 1];
      this.catchUp.batchApplied(batch.topic, batch.partition, last.offset, batch.messages.length);
    });
  }
}

/**
 * Our kafkajs consumer runner, unchanged, counting the partitions it has resumed since it started.
 * It seeks each assigned partition once its runner's stored offset is read, asynchronously: a stop
 * before that seek makes kafkajs throw outside any caller (an unhandled rejection), so whoever
 * stops a runner it has just started waits for `settled` first.
 */
export class ResumeCountingConsumerRunner extends BatchConsumerRunner {
  private resumed = 0;

  constructor(private readonly inner: BatchConsumerRunner) {
    super();
  }

  run(
    options: BatchConsumerOptions,
    handle: (batch: ConsumedBatch) => Promise<void>,
  ): Promise<RunningConsumer> {
    this.resumed = 0;
    const resumeAt = options.resumeAt;
    return this.inner.run(
      {
        ...options,
        resumeAt:
          resumeAt &&
          (async (topic, partition) => {
            try {
              return await resumeAt(topic, partition);
            } finally {
              this.resumed++;
            }
          }),
      },
      handle,
    );
  }

  /** Resolves once `partitions` partitions were resumed (and sought, a tick later). */
  async settled(partitions: number, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
    while (this.resumed < partitions) {
      if (performance.now() > deadline)
        throw new Error(`${this.resumed} of ${partitions} partitions resumed in ${timeoutMs} ms`);
      await tick();
    }
    await tick();
  }
}
