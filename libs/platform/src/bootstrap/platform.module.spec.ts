import { Inject, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConfigurationError } from '../config/configuration.error';
import { PlatformEnvironment } from '../config/platform.environment';
import { ServiceIdentity } from '../config/service.identity';
import { IntegerVariable } from '../config/variable.decorators';
import { MetricsRegistry } from '../metrics/metrics.registry';
import { PlatformModule } from './platform.module';

class ProjectorEnvironment extends PlatformEnvironment {
  @IntegerVariable(1, 10_000)
  readonly BATCH_SIZE: number = 500;
}

const variables = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
  KAFKA_BROKERS: '127.0.0.1:9092',
  LOG_LEVEL: 'silent',
  BATCH_SIZE: '50',
};

@Injectable()
class BatchRunner {
  constructor(
    @Inject(ProjectorEnvironment) readonly environment: ProjectorEnvironment,
    @Inject(PlatformEnvironment) readonly platformEnvironment: PlatformEnvironment,
    @Inject(ServiceIdentity) readonly service: ServiceIdentity,
    @Inject(MetricsRegistry) readonly metrics: MetricsRegistry,
  ) {}
}

// A feature module that does not import PlatformModule itself: the platform is global.
@Module({ providers: [BatchRunner] })
class BatchModule {}

function compileApp(withVariables: Record<string, string>) {
  return Test.createTestingModule({
    imports: [
      PlatformModule.forRoot({
        serviceName: 'alignment-projector',
        environment: ProjectorEnvironment,
        variables: withVariables,
      }),
      BatchModule,
    ],
  }).compile();
}

describe('the platform module', () => {
  describe('given an app environment class and valid variables', () => {
    it('injects the validated environment, typed by the app class, into any module', async () => {
      const app = await compileApp(variables);
      const runner = app.get(BatchRunner);

      expect(runner.environment).toBeInstanceOf(ProjectorEnvironment);
      expect(runner.environment).toMatchObject({
        BATCH_SIZE: 50,
        KAFKA_BROKERS: ['127.0.0.1:9092'],
      });
      expect(Object.isFrozen(runner.environment)).toBe(true);
      expect(runner.platformEnvironment).toBe(runner.environment);
      await app.close();
    });

    it('gives libraries the service identity and a registry for their metrics', async () => {
      const app = await compileApp(variables);
      const { service, metrics } = app.get(BatchRunner);
      metrics.counter({ name: 'batches_total', help: 'Batches handled' }).inc();

      expect(service.name).toBe('alignment-projector');
      expect(await metrics.render()).toContain('batches_total{service="alignment-projector"} 1');
      await app.close();
    });
  });

  describe('given invalid variables', () => {
    it('refuses to build the app with a ConfigurationError', async () => {
      await expect(compileApp({ ...variables, BATCH_SIZE: 'all' })).rejects.toBeInstanceOf(
        ConfigurationError,
      );
    });
  });
});
