import {
  IntegerVariable,
  PatternVariable,
  PlatformEnvironment,
  SecretVariable,
} from '@lib/platform';

/** What every command service reads beside the platform's variables. */
export class CommandServiceEnvironment extends PlatformEnvironment {
  /** Commands arrive over Nest's TCP transport on this port. */
  @IntegerVariable(1, 65535)
  readonly TCP_PORT: number = 4000;

  /** Shared with the gateway: a command without a credential signed with it is refused. */
  @SecretVariable()
  readonly SERVICE_CREDENTIAL_SECRET!: string;

  /** Prepended to the feed's topic names (tests give each run its own topics). */
  @PatternVariable(/^[A-Za-z0-9._-]{0,100}$/, 'must be letters, digits, ".", "_" or "-"')
  readonly KAFKA_TOPIC_PREFIX: string = '';

  @IntegerVariable(1, 1000)
  readonly FEED_TOPIC_PARTITIONS: number = 6;

  @IntegerVariable(1, 10_000)
  readonly RELAY_BATCH_SIZE: number = 500;
}
