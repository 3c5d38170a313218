import type { LevelWithSilent } from 'pino';
import {
  HostPortListVariable,
  HostVariable,
  IntegerVariable,
  OneOfVariable,
  PostgresUrlVariable,
} from './variable.decorators';

export const LOG_LEVELS: readonly LevelWithSilent[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

/**
 * The variables every app needs. Apps extend it with their own fields; a field with an
 * initializer is optional and defaults to it, a field without one is required.
 */
export class PlatformEnvironment {
  @IntegerVariable(1, 65535)
  readonly PORT: number = 3000;

  @HostVariable()
  readonly HOST: string = '0.0.0.0';

  @OneOfVariable(LOG_LEVELS)
  readonly LOG_LEVEL: LevelWithSilent = 'info';

  @PostgresUrlVariable()
  readonly DATABASE_URL!: string;

  @HostPortListVariable()
  readonly KAFKA_BROKERS!: readonly string[];

  // Kubernetes sends SIGKILL 30 s after SIGTERM by default; stay well inside that.
  @IntegerVariable(100, 600_000)
  readonly SHUTDOWN_TIMEOUT_MS: number = 10_000;
}
