import type { PlatformOptions } from '@lib/platform';
import { ProjectorEnvironment } from '@lib/projections';

export class RiskProjectorEnvironment extends ProjectorEnvironment {}

/** The risk projector: ties, loads, social capital, commitments and strategic project risk. */
export const riskProjectorOptions = (
  variables?: NodeJS.ProcessEnv,
): PlatformOptions<RiskProjectorEnvironment> => ({
  serviceName: 'risk-projector',
  environment: RiskProjectorEnvironment,
  variables,
});

/** The projector's own PostgreSQL schema: its inputs, read models and the runner's tables. */
export const RISK_SCHEMA = 'risk';
