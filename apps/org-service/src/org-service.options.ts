import { CommandServiceEnvironment } from '@lib/command-transport/service';
import type { PlatformOptions } from '@lib/platform';

export class OrgServiceEnvironment extends CommandServiceEnvironment {}

/** The org service owns leaders, divisions, the planning calendar and themes. */
export const orgServiceOptions = (
  variables?: NodeJS.ProcessEnv,
): PlatformOptions<OrgServiceEnvironment> => ({
  serviceName: 'org-service',
  environment: OrgServiceEnvironment,
  variables,
  tcpPort: (environment) => environment.TCP_PORT,
});

/** The service's own PostgreSQL schema: events, snapshots and its org directory. */
export const ORG_SCHEMA = 'org';
