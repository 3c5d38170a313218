import { ServiceCredentials } from '@lib/auth';
import { Clock, SeedClock, ServiceIdentity } from '@lib/platform';
import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Headers,
  HttpCode,
  Inject,
  NotFoundException,
  Put,
  UnauthorizedException,
} from '@nestjs/common';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * How the demo seed sets a command service's time. It exists only where the service runs with
 * COMMAND_CLOCK=seed (never in production) and takes only a caller holding the service credential
 * secret; elsewhere it answers 404 as if it were not there.
 */
@Controller('seed-clock')
export class SeedClockController {
  constructor(
    @Inject(Clock) private readonly clock: Clock,
    @Inject(ServiceCredentials) private readonly credentials: ServiceCredentials,
    @Inject(ServiceIdentity) private readonly service: ServiceIdentity,
  ) {}

  /** Freezes the service's time at `at` once whatever falls due by then has run. */
  @Put()
  async set(
    @Headers('authorization') authorization: string | undefined,
    @Body() body: unknown,
  ): Promise<{ now: string }> {
    const clock = await this.seedClock(authorization);
    const at = (body as { at?: unknown } | undefined)?.at;
    if (typeof at !== 'string' || !INSTANT.test(at) || Number.isNaN(Date.parse(at))) {
      throw new BadRequestException('at: must be an ISO 8601 instant in UTC');
    }
    try {
      await clock.set(new Date(at));
    } catch (error) {
      if (error instanceof RangeError) throw new BadRequestException(`at: ${error.message}`);
      throw error;
    }
    return { now: clock.now().toISOString() };
  }

  /** Back to system time. */
  @Delete()
  @HttpCode(204)
  async release(@Headers('authorization') authorization: string | undefined): Promise<void> {
    (await this.seedClock(authorization)).release();
  }

  private async seedClock(authorization: string | undefined): Promise<SeedClock> {
    if (!(this.clock instanceof SeedClock)) throw new NotFoundException();
    const token = authorization?.replace(/^Bearer\s+/i, '');
    try {
      await this.credentials.verify(token, this.service.name);
    } catch (error) {
      throw new UnauthorizedException(`service credential refused: ${(error as Error).message}`);
    }
    return this.clock;
  }
}
