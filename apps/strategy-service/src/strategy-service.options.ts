import { CommandServiceEnvironment } from '@lib/command-transport/service';
import type { PlatformOptions } from '@lib/platform';

export class StrategyServiceEnvironment extends CommandServiceEnvironment {}

/** The strategy service owns strategic projects, support needs and the rankings of a cycle. */
export const strategyServiceOptions = (
  variables?: NodeJS.ProcessEnv,
): PlatformOptions<StrategyServiceEnvironment> => ({
  serviceName: 'strategy-service',
  environment: StrategyServiceEnvironment,
  variables,
  tcpPort: (environment) => environment.TCP_PORT,
});

/** The service's own PostgreSQL schema: events, snapshots, its org directory and strategy index. */
export const STRATEGY_SCHEMA = 'strategy';
