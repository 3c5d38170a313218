import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { Workers } from '../bootstrap/workers';

/** Down while a worker (a relay, a projection runner) has not started, naming what it waits for. */
@Injectable()
export class WorkersHealthIndicator {
  constructor(
    @Inject(Workers) private readonly workers: Workers,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
  ) {}

  check(): HealthIndicatorResult<'workers'> {
    const indicator = this.indicators.check('workers');
    const notRunning = this.workers.notRunning();
    return Object.keys(notRunning).length === 0 ? indicator.up() : indicator.down(notRunning);
  }
}
