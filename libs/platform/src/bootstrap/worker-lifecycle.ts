import type {
  BeforeApplicationShutdown,
  FactoryProvider,
  InjectionToken,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleInit,
  Provider,
} from '@nestjs/common';
import { Pool } from 'pg';

/** A long-running worker of an app (a relay, a projection runner) and the tables it needs. */
export interface Worker {
  migrate(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Migrates before anything uses the tables, starts once every module is initialised, stops before
 * any module's onApplicationShutdown, and ends the pool then, when the worker no longer uses it.
 */
class WorkerLifecycle
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  constructor(
    private readonly worker: Worker,
    private readonly pool: Pool,
  ) {}

  onModuleInit(): Promise<void> {
    return this.worker.migrate();
  }

  onApplicationBootstrap(): Promise<void> {
    return this.worker.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.worker.stop();
  }

  onApplicationShutdown(): Promise<void> {
    return this.pool.end();
  }
}

/**
 * Runs the worker that `useFactory` builds from the `inject` tokens in the module that registers
 * it, and ends that module's `Pool` at shutdown.
 */
export function workerLifecycle(worker: {
  inject: InjectionToken[];
  useFactory: FactoryProvider<Worker>['useFactory'];
}): Provider {
  return {
    provide: WorkerLifecycle,
    inject: [Pool, ...worker.inject],
    useFactory: async (pool: Pool, ...dependencies: unknown[]) =>
      new WorkerLifecycle(await worker.useFactory(...dependencies), pool),
  };
}
