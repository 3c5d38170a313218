import {
  IntegerVariable,
  PatternVariable,
  PlatformEnvironment,
  SecretVariable,
} from '@lib/platform';

/** What every projector reads beside the platform's variables. */
export class ProjectorEnvironment extends PlatformEnvironment {
  /** Prepended to the feed's topic names (tests give each run its own). */
  @PatternVariable(/^[A-Za-z0-9._-]{0,100}$/, 'must be letters, digits, ".", "_" or "-"')
  readonly KAFKA_TOPIC_PREFIX: string = '';

  /** Operations (replay, skip, rebuild) need a service credential signed with this secret. */
  @SecretVariable()
  readonly SERVICE_CREDENTIAL_SECRET!: string;

  @IntegerVariable(1, 20)
  readonly PROJECTION_MAX_ATTEMPTS: number = 3;

  /** How often scores that depend on the present (decay, ages, staleness) are evaluated again. */
  @IntegerVariable(1_000, 86_400_000)
  readonly REEVALUATE_INTERVAL_MS: number = 300_000;
}
