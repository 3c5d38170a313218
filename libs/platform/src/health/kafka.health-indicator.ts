import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { PlatformEnvironment } from '../config/platform.environment';
import { ServiceIdentity } from '../config/service.identity';
import { failureMessage } from './failure-message';
import { withinTimeLimit } from './time-limit';

const CHECK_LIMIT_MS = 2_500;
const DISCONNECT_LIMIT_MS = 500;

/**
 * Answers whether a Kafka broker describes the cluster. Each check connects a fresh admin
 * client and disconnects it, so no failed connection outlives the check and readiness comes
 * back with the broker; without retries a stopped broker fails the check at once.
 */
@Injectable()
export class KafkaHealthIndicator {
  private readonly kafka: Kafka;

  constructor(
    @Inject(PlatformEnvironment) environment: PlatformEnvironment,
    @Inject(ServiceIdentity) service: ServiceIdentity,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
  ) {
    this.kafka = new Kafka({
      clientId: `${service.name}-health`,
      brokers: [...environment.KAFKA_BROKERS],
      connectionTimeout: 1_000,
      requestTimeout: 1_000,
      retry: { retries: 0 },
      // The reason of a failure goes into the health response; kafkajs' own logs would repeat it.
      logLevel: logLevel.NOTHING,
    });
  }

  async check(): Promise<HealthIndicatorResult<'kafka'>> {
    const indicator = this.indicators.check('kafka');
    const admin = this.kafka.admin();
    try {
      const cluster = await withinTimeLimit(describeCluster(admin), CHECK_LIMIT_MS, 'Kafka');
      return indicator.up({ brokers: cluster.brokers.length });
    } catch (error) {
      return indicator.down({ message: failureMessage(error) });
    } finally {
      await withinTimeLimit(admin.disconnect(), DISCONNECT_LIMIT_MS, 'Kafka').catch(
        () => undefined,
      );
    }
  }
}

async function describeCluster(admin: Admin): Promise<{ brokers: readonly unknown[] }> {
  await admin.connect();
  return admin.describeCluster();
}
