import { DEFAULT_SCORING_RULES } from '@lib/domain';
import { Clock } from '@lib/platform';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Pool } from 'pg';
import { RISK_SCHEMA, RiskProjectorEnvironment } from '../risk-projector.options';
import { evaluateAllTenants } from './tenant-evaluation';

/** Evaluates every tenant's time-dependent rows as of the clock's present (or a given instant). */
@Injectable()
export class RiskEvaluator {
  constructor(
    @Inject(Pool) private readonly pool: Pool,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  evaluate(now: Date = this.clock.now()): Promise<string[]> {
    return evaluateAllTenants(this.pool, RISK_SCHEMA, now, DEFAULT_SCORING_RULES);
  }
}

/**
 * Runs the evaluation every REEVALUATE_INTERVAL_MS, never two at once: decay, ages and the 28-day
 * window move with time alone, with no event to trigger them.
 */
@Injectable()
export class ReevaluationJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReevaluationJob.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(RiskEvaluator) private readonly evaluator: RiskEvaluator,
    @Inject(RiskProjectorEnvironment) private readonly environment: RiskProjectorEnvironment,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.environment.REEVALUATE_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.evaluator
      .evaluate()
      .catch((error: unknown) => this.logger.error({ err: error }, 'risk re-evaluation failed'));
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }
}
