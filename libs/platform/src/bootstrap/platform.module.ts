import { Module, RequestMethod, type DynamicModule, type Provider } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { type EnvironmentClass, loadEnvironment } from '../config/environment.loader';
import { PlatformEnvironment } from '../config/platform.environment';
import { ServiceIdentity } from '../config/service.identity';
import { HealthController } from '../health/health.controller';
import { HealthLogger } from '../health/health.logger';
import { KafkaHealthIndicator } from '../health/kafka.health-indicator';
import { PostgresHealthIndicator } from '../health/postgres.health-indicator';
import { WorkersHealthIndicator } from '../health/workers.health-indicator';
import { loggerOptions } from '../logging/logger.options';
import { HttpMetricsHook } from '../metrics/http-metrics.hook';
import { MetricsController } from '../metrics/metrics.controller';
import { MetricsRegistry } from '../metrics/metrics.registry';
import { PrometheusMetricsRegistry } from '../metrics/prometheus-metrics.registry';
import type { PlatformOptions } from './platform.options';
import { Workers } from './workers';

@Module({})
class PlatformConfigurationModule {}

/**
 * Gives an app its validated environment (injectable as the app's class and as
 * PlatformEnvironment), ServiceIdentity, JSON logging, MetricsRegistry with GET /metrics, the
 * registry of its Workers, and GET /health/live and /health/ready. Global: import it once, in the app's root module.
 *
 * Every constructor in this library names its tokens with @Inject: apps and tests also run
 * under tsx (esbuild), which emits no decorator metadata for Nest to read parameter types from.
 */
@Module({})
export class PlatformModule {
  static forRoot<E extends PlatformEnvironment>(options: PlatformOptions<E>): DynamicModule {
    const configuration = configurationModule(options);
    return {
      module: PlatformModule,
      global: true,
      imports: [
        configuration,
        LoggerModule.forRootAsync({
          imports: [configuration],
          inject: [PlatformEnvironment, ServiceIdentity],
          useFactory: (environment: PlatformEnvironment, service: ServiceIdentity) => ({
            pinoHttp: loggerOptions(environment.LOG_LEVEL, service.name),
            forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          }),
        }),
        TerminusModule.forRoot({ errorLogStyle: 'json', logger: HealthLogger }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        {
          provide: MetricsRegistry,
          inject: [ServiceIdentity],
          useFactory: (service: ServiceIdentity) => new PrometheusMetricsRegistry(service.name),
        },
        HttpMetricsHook,
        PostgresHealthIndicator,
        KafkaHealthIndicator,
        { provide: Workers, useValue: new Workers() },
        WorkersHealthIndicator,
      ],
      exports: [MetricsRegistry, Workers],
    };
  }
}

function configurationModule<E extends PlatformEnvironment>(
  options: PlatformOptions<E>,
): DynamicModule {
  const { environment, variables, serviceName } = options;
  const providers: Provider[] = [
    { provide: ServiceIdentity, useValue: new ServiceIdentity(serviceName) },
    { provide: environment, useFactory: () => loadEnvironment(environment, variables) },
  ];
  // Libraries ask for the environment class they know (say CommandServiceEnvironment): every
  // ancestor of the app's class answers with the app's one instance.
  const ancestors = ancestorsOf(environment);
  for (const ancestor of ancestors) providers.push({ provide: ancestor, useExisting: environment });
  return {
    module: PlatformConfigurationModule,
    global: true,
    providers,
    exports: [ServiceIdentity, environment, ...ancestors],
  };
}

function ancestorsOf(
  environment: EnvironmentClass<PlatformEnvironment>,
): EnvironmentClass<PlatformEnvironment>[] {
  const ancestors: EnvironmentClass<PlatformEnvironment>[] = [];
  let current = Object.getPrototypeOf(environment) as EnvironmentClass<PlatformEnvironment> | null;
  while (current && current.prototype instanceof Object && current !== (Object as unknown)) {
    if (current === PlatformEnvironment || current.prototype instanceof PlatformEnvironment)
      ancestors.push(current);
    if (current === PlatformEnvironment) break;
    current = Object.getPrototypeOf(current) as EnvironmentClass<PlatformEnvironment> | null;
  }
  return ancestors;
}
