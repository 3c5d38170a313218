import {
  IntegerVariable,
  OneOfVariable,
  PatternVariable,
  PlatformEnvironment,
  SecretVariable,
} from '@lib/platform';
import { ValidateBy, type ValidationArguments } from 'class-validator';

export const NODE_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export const COMMAND_CLOCKS = ['system', 'seed'] as const;

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

  /** The app image sets `production`. */
  @OneOfVariable(NODE_ENVIRONMENTS)
  readonly NODE_ENV: (typeof NODE_ENVIRONMENTS)[number] = 'development';

  /**
   * `seed` lets the demo seed set the service's time (PUT /seed-clock), so its history carries
   * business times in the past; a production deployment cannot switch it on.
   */
  @OneOfVariable(COMMAND_CLOCKS)
  @NotInProduction('seed')
  readonly COMMAND_CLOCK: (typeof COMMAND_CLOCKS)[number] = 'system';
}

function NotInProduction(refused: string): PropertyDecorator {
  return ValidateBy({
    name: 'notInProduction',
    validator: {
      validate: (value: unknown, { object }: ValidationArguments) =>
        value !== refused || (object as { NODE_ENV?: string }).NODE_ENV !== 'production',
      defaultMessage: () => `must not be ${refused} when NODE_ENV is production`,
    },
  });
}
