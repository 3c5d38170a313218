import type {
  BeforeApplicationShutdown,
  FactoryProvider,
  InjectionToken,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleInit,
  Provider,
} from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { Workers, type WorkerState } from './workers';

/** A long-running worker of an app (a relay, a projection runner) and the tables it needs. */
export interface Worker {
  migrate(): Promise<void>;
  /** May fail (the broker is not up yet, a topic has no leader yet): it is called again. */
  start(): Promise<void>;
  /** Also called after a failed start, to release what that start took. */
  stop(): Promise<void>;
}

export interface WorkerLifecycleOptions {
  /** Names the worker in logs and in /health/ready. */
  name: string;
  inject: InjectionToken[];
  useFactory: FactoryProvider<Worker>['useFactory'];
  /** False where the pool belongs to another module, which ends it. */
  endsPool?: boolean;
}

const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 5_000;

/**
 * Migrates before anything uses the tables, then starts the worker in the background once every
 * module is initialised, so the app serves /health at once and reports itself not ready until
 * the worker runs. A start that fails (apps of a new deployment start in any order, and the
 * broker may come up after them) is retried with a growing pause, saying what it waits for.
 * Stops before any module's onApplicationShutdown, and ends the pool then.
 */
class WorkerLifecycle
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger: Logger;
  private readonly state: WorkerState;
  private starting?: Promise<void>;
  private stopping = false;
  private wake?: () => void;

  constructor(
    private readonly worker: Worker,
    private readonly pool: Pool,
    private readonly options: Pick<WorkerLifecycleOptions, 'name' | 'endsPool'>,
    workers: Workers,
  ) {
    this.logger = new Logger(options.name);
    this.state = workers.register(options.name);
  }

  onModuleInit(): Promise<void> {
    return this.worker.migrate();
  }

  onApplicationBootstrap(): void {
    this.starting = this.keepStarting();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.starting;
    if (this.state.running) await this.worker.stop();
    this.state.stopped();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.options.endsPool !== false) await this.pool.end();
  }

  private async keepStarting(): Promise<void> {
    for (let attempt = 1, pauseMs = FIRST_RETRY_MS; !this.stopping; attempt += 1) {
      try {
        await this.worker.start();
        this.state.started();
        if (attempt > 1) this.logger.log(`${this.options.name} started after ${attempt} attempts`);
        return;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.state.waiting(reason);
        this.logger.warn(
          `${this.options.name} is waiting: ${reason}; trying again in ${pauseMs} ms`,
        );
        await this.worker.stop().catch(() => undefined);
        await this.pause(pauseMs);
        pauseMs = Math.min(pauseMs * 2, LONGEST_RETRY_MS);
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/**
 * Runs the worker that `useFactory` builds from the `inject` tokens in the module that registers
 * it, and (unless `endsPool` is false) ends that module's `Pool` at shutdown.
 */
export function workerLifecycle(worker: WorkerLifecycleOptions): Provider {
  return {
    provide: WorkerLifecycle,
    inject: [Pool, { token: Workers, optional: true }, ...worker.inject],
    useFactory: async (pool: Pool, workers: Workers | undefined, ...dependencies: unknown[]) =>
      new WorkerLifecycle(
        await worker.useFactory(...dependencies),
        pool,
        worker,
        workers ?? new Workers(),
      ),
  };
}
