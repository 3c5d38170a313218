export { ConfigurationError, type ConfigurationViolation } from './config/configuration.error';
export {
  loadEnvironment,
  type EnvironmentClass,
  type EnvironmentVariables,
} from './config/environment.loader';
export { PlatformEnvironment } from './config/platform.environment';
export { ServiceIdentity } from './config/service.identity';
export {
  HostPortListVariable,
  HostVariable,
  IntegerVariable,
  OneOfVariable,
  PatternVariable,
  PostgresUrlVariable,
  SecretVariable,
} from './config/variable.decorators';
export { CORRELATION_ID_HEADER } from './logging/correlation-id.resolver';
export {
  CORRELATION_ID_KEY,
  currentCorrelationId,
  runWithCorrelationId,
} from './logging/correlation.context';
export { MetricsRegistry } from './metrics/metrics.registry';
export {
  bootstrapApp,
  createPlatformApp,
  listenForMessages,
  type AppModule,
} from './bootstrap/bootstrap-app';
export { PlatformModule } from './bootstrap/platform.module';
export type { PlatformOptions } from './bootstrap/platform.options';
export * from './errors/api-error';
export { validateInput } from './errors/validate-input';
export { Clock, SeedClock, SystemClock } from './clock';
export { ENTITY_ID, IsEntityId, IsInstant } from './input/input-rules';
export { databasePool, databasePoolProvider } from './database-pool';
export {
  workerLifecycle,
  type Worker,
  type WorkerLifecycleOptions,
} from './bootstrap/worker-lifecycle';
export { Workers } from './bootstrap/workers';
