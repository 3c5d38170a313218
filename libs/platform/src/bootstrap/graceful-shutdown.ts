import { Logger, type INestApplication } from '@nestjs/common';

export type ClosableApp = Pick<INestApplication, 'close' | 'getHttpAdapter'>;
type Exit = (code: number) => void;

const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Shuts the app down on SIGTERM or SIGINT (see gracefulShutdown) and returns a function that
 * removes the listeners again.
 */
export function exitGracefullyOnSignals(
  app: ClosableApp,
  timeoutMs: number,
  exit: Exit = (code) => process.exit(code),
): () => void {
  const shutDown = gracefulShutdown(app, timeoutMs, exit);
  for (const signal of SHUTDOWN_SIGNALS) process.on(signal, shutDown);
  return () => {
    for (const signal of SHUTDOWN_SIGNALS) process.off(signal, shutDown);
  };
}

/**
 * Stops accepting requests and lets those in flight finish, then runs Nest's shutdown hooks
 * (pools close, clients disconnect), then exits 0; exits 1 if that fails or outlasts
 * `timeoutMs`. Later signals are ignored: the first shutdown is already bounded.
 *
 * Nest's own enableShutdownHooks closes the HTTP server only after onModuleDestroy, so
 * requests still in flight would find their pools closed; hence this order.
 */
export function gracefulShutdown(
  app: ClosableApp,
  timeoutMs: number,
  exit: Exit,
): (signal: NodeJS.Signals) => Promise<void> {
  const logger = new Logger('Shutdown');
  let started = false;
  return async (signal) => {
    if (started) return;
    started = true;
    logger.log(`${signal} received: shutting down`);
    const guard = setTimeout(() => {
      logger.error(`shutdown did not finish within ${timeoutMs} ms: exiting anyway`);
      exit(1);
    }, timeoutMs);
    try {
      await app.getHttpAdapter().close();
      await app.close();
      logger.log('shut down cleanly');
      exit(0);
    } catch (error) {
      logger.error('shutdown failed', error instanceof Error ? error.stack : String(error));
      exit(1);
    } finally {
      clearTimeout(guard);
    }
  };
}
