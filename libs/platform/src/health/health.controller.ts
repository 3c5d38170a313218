import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { KafkaHealthIndicator } from './kafka.health-indicator';
import { PostgresHealthIndicator } from './postgres.health-indicator';
import { WorkersHealthIndicator } from './workers.health-indicator';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(PostgresHealthIndicator) private readonly postgres: PostgresHealthIndicator,
    @Inject(KafkaHealthIndicator) private readonly kafka: KafkaHealthIndicator,
    @Inject(WorkersHealthIndicator) private readonly workers: WorkersHealthIndicator,
  ) {}

  /** Answers while the process runs: a failing liveness probe means "restart me". */
  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /**
   * 503 naming each unreachable dependency and each worker that has not started yet (with what
   * it waits for): the app cannot do its work without them.
   */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.postgres.check(),
      () => this.kafka.check(),
      () => this.workers.check(),
    ]);
  }
}
