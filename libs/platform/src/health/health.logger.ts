import { Injectable, Logger, type LoggerService } from '@nestjs/common';

/**
 * A failed readiness check is the app's state while it starts or a dependency is down, answered
 * with a 503 naming what is missing: logged as a warning, not as an error of the app.
 */
@Injectable()
export class HealthLogger implements LoggerService {
  private readonly logger = new Logger('Health');

  log(message: string): void {
    this.logger.log(message);
  }

  error(message: string): void {
    this.logger.warn(message);
  }

  warn(message: string): void {
    this.logger.warn(message);
  }
}
