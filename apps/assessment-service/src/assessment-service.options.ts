import { CommandServiceEnvironment } from '@lib/command-transport/service';
import { PatternVariable, type PlatformOptions } from '@lib/platform';

export class AssessmentServiceEnvironment extends CommandServiceEnvironment {
  /**
   * Wraps each tenant's rater key where it is stored: 32 random bytes in base64
   * (`openssl rand -base64 32`). Without it the stored keys, and every sealed rater, are unreadable.
   */
  @PatternVariable(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64 (openssl rand -base64 32)')
  readonly RATER_KEY_WRAPPING_KEY!: string;
}

/** The assessment service owns the Trusted Leader assessments and the tenants' rater keys. */
export const assessmentServiceOptions = (
  variables?: NodeJS.ProcessEnv,
): PlatformOptions<AssessmentServiceEnvironment> => ({
  serviceName: 'assessment-service',
  environment: AssessmentServiceEnvironment,
  variables,
  tcpPort: (environment) => environment.TCP_PORT,
});

/** The service's own PostgreSQL schema: events, snapshots, rater keys and its org directory. */
export const ASSESSMENT_SCHEMA = 'assessment';
