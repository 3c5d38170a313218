import { type FactoryProvider, Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { PlatformEnvironment } from './config/platform.environment';

/**
 * A PostgreSQL pool that survives the server dropping an idle connection (a restart, a failover):
 * pg reports it as an 'error' event, which would crash the process if nothing listened.
 */
export function databasePool(connectionString: string, max = 10): Pool {
  const pool = new Pool({ connectionString, max });
  const logger = new Logger('DatabasePool');
  pool.on('error', (error) =>
    logger.warn({ err: error }, 'an idle PostgreSQL connection failed; the pool replaces it'),
  );
  return pool;
}

/** The app's `Pool`, on its DATABASE_URL; the module's workerLifecycle ends it. */
export const databasePoolProvider: FactoryProvider<Pool> = {
  provide: Pool,
  inject: [PlatformEnvironment],
  useFactory: (env: PlatformEnvironment) => databasePool(env.DATABASE_URL),
};
