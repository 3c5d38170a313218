import { PinoLogger } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';
import { pino, type Logger } from 'pino';

/** The log field that carries the correlation id, in HTTP requests and in background work alike. */
export const CORRELATION_ID_KEY = 'correlationId';

let loggerOutsideNest: Logger | undefined;

/**
 * Runs `work` so that every line logged through Nest's Logger or PinoLogger inside it, across
 * awaits, carries `correlationId`. For work that no HTTP request starts, such as a Kafka batch.
 */
export function runWithCorrelationId<T>(correlationId: string, work: () => T): T {
  // A child of the root rather than of the current context logger, so a nested run replaces
  // the id instead of writing the key twice into one JSON line.
  const logger = rootLogger().child({ [CORRELATION_ID_KEY]: correlationId });
  return storage.run(new Store(logger), work);
}

/** The correlation id of the current request or run, to copy into outgoing messages. */
export function currentCorrelationId(): string | undefined {
  const id: unknown = storage.getStore()?.logger.bindings()[CORRELATION_ID_KEY];
  return typeof id === 'string' ? id : undefined;
}

function rootLogger(): Logger {
  // PinoLogger.root is set once a Nest app with LoggerModule has initialised.
  const root = PinoLogger.root as Logger | undefined;
  return root ?? (loggerOutsideNest ??= pino());
}
