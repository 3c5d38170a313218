import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { Pool } from 'pg';
import { PlatformEnvironment } from '../config/platform.environment';
import { failureMessage } from './failure-message';
import { withinTimeLimit } from './time-limit';

const CHECK_LIMIT_MS = 2_500;

/**
 * Answers whether PostgreSQL runs `SELECT 1`. A pool of one connection of its own, so probes
 * never wait behind the app's queries; a broken connection is dropped and the next check
 * opens a new one, so readiness comes back with the database.
 */
@Injectable()
export class PostgresHealthIndicator implements OnApplicationShutdown {
  private readonly logger = new Logger(PostgresHealthIndicator.name);
  private readonly pool: Pool;

  constructor(
    @Inject(PlatformEnvironment) environment: PlatformEnvironment,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
  ) {
    this.pool = new Pool({
      connectionString: environment.DATABASE_URL,
      max: 1,
      connectionTimeoutMillis: 1_000,
      query_timeout: 2_000,
      idleTimeoutMillis: 30_000,
      allowExitOnIdle: true,
    });
    // An idle connection dropped by the server emits 'error'; unhandled, it would crash the app.
    this.pool.on('error', (error) => this.logger.warn(`idle connection lost: ${error.message}`));
  }

  async check(): Promise<HealthIndicatorResult<'postgres'>> {
    const indicator = this.indicators.check('postgres');
    try {
      await withinTimeLimit(this.pool.query('SELECT 1'), CHECK_LIMIT_MS, 'PostgreSQL');
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: failureMessage(error) });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
