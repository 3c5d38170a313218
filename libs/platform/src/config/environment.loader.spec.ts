import { IsOptional, MinLength } from 'class-validator';
import { ConfigurationError } from './configuration.error';
import { loadEnvironment } from './environment.loader';
import { PlatformEnvironment } from './platform.environment';
import { IntegerVariable } from './variable.decorators';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
  KAFKA_BROKERS: '127.0.0.1:9092, kafka-2.internal:9093',
};

class ProjectorEnvironment extends PlatformEnvironment {
  @IntegerVariable(1, 10_000)
  readonly BATCH_SIZE: number = 500;

  @IsOptional()
  @MinLength(32)
  readonly JWT_SECRET?: string;
}

function configurationErrorFrom(load: () => unknown): ConfigurationError {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('loading the platform environment', () => {
  describe('given only the required variables', () => {
    const environment = loadEnvironment(PlatformEnvironment, valid);

    it('applies the defaults', () => {
      expect(environment).toMatchObject({
        PORT: 3000,
        HOST: '0.0.0.0',
        LOG_LEVEL: 'info',
        SHUTDOWN_TIMEOUT_MS: 10_000,
      });
    });

    it('parses the broker list', () => {
      expect(environment.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', 'kafka-2.internal:9093']);
    });

    it('returns a frozen instance of the class', () => {
      expect(environment).toBeInstanceOf(PlatformEnvironment);
      expect(Object.isFrozen(environment)).toBe(true);
    });
  });

  describe('given every variable set, plus ones the class does not declare', () => {
    const environment = loadEnvironment(PlatformEnvironment, {
      ...valid,
      PORT: '8080',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      SHUTDOWN_TIMEOUT_MS: '2500',
      PATH: '/usr/bin',
      HOME: '/root',
    });

    it('converts numbers and keeps the chosen values', () => {
      expect(environment).toMatchObject({
        PORT: 8080,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'debug',
        SHUTDOWN_TIMEOUT_MS: 2500,
      });
    });

    it('ignores the undeclared variables', () => {
      expect(environment).not.toHaveProperty('PATH');
      expect(environment).not.toHaveProperty('HOME');
    });
  });

  describe('given a variable set to an empty string', () => {
    it('falls back to its default', () => {
      expect(loadEnvironment(PlatformEnvironment, { ...valid, PORT: '' }).PORT).toBe(3000);
    });
  });

  describe('given a required variable is missing', () => {
    it('names it as not set', () => {
      const error = configurationErrorFrom(() =>
        loadEnvironment(PlatformEnvironment, { KAFKA_BROKERS: valid.KAFKA_BROKERS }),
      );
      expect(error.message).toBe(
        'Invalid configuration:\n' +
          '  - DATABASE_URL: must be a postgres:// or postgresql:// URL (not set)',
      );
    });
  });

  describe('given a value of the wrong type', () => {
    it.each([
      ['PORT', 'abc', 'must be an integer from 1 to 65535'],
      ['PORT', '80.5', 'must be an integer from 1 to 65535'],
      ['LOG_LEVEL', 'verbose', 'must be one of fatal, error, warn, info, debug, trace, silent'],
      ['DATABASE_URL', 'mysql://db:3306/app', 'must be a postgres:// or postgresql:// URL'],
      ['KAFKA_BROKERS', 'kafka:abc', 'must be a comma-separated list of host:port'],
      ['HOST', 'not a host', 'must be a host name or IP address'],
    ])('rejects %s=%s with its rule and the value', (variable, value, rule) => {
      const error = configurationErrorFrom(() =>
        loadEnvironment(PlatformEnvironment, { ...valid, [variable]: value }),
      );
      expect(error.message).toContain(`  - ${variable}: ${rule}`);
      expect(error.message).toContain(`(got ${JSON.stringify(value)})`);
      expect(error.violations).toEqual([expect.objectContaining({ variable, value })]);
    });
  });

  describe('given a value out of range', () => {
    it.each([
      ['PORT', '0'],
      ['PORT', '65536'],
      ['SHUTDOWN_TIMEOUT_MS', '5'],
      ['KAFKA_BROKERS', '127.0.0.1:70000'],
    ])('rejects %s=%s', (variable, value) => {
      const error = configurationErrorFrom(() =>
        loadEnvironment(PlatformEnvironment, { ...valid, [variable]: value }),
      );
      expect(error.violations.map((violation) => violation.variable)).toEqual([variable]);
    });
  });

  describe('given several invalid variables', () => {
    it('lists every one of them in a single error', () => {
      const error = configurationErrorFrom(() =>
        loadEnvironment(PlatformEnvironment, { PORT: 'abc', LOG_LEVEL: 'loud' }),
      );
      expect(error.message.split('\n')).toEqual([
        'Invalid configuration:',
        '  - PORT: must be an integer from 1 to 65535 (got "abc")',
        '  - LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
        '  - DATABASE_URL: must be a postgres:// or postgresql:// URL (not set)',
        '  - KAFKA_BROKERS: must be a comma-separated list of host:port with ports from 1 to 65535 (not set)',
      ]);
    });
  });

  describe('given an app environment that extends the platform one', () => {
    it('validates the app fields alongside the platform fields', () => {
      const environment = loadEnvironment(ProjectorEnvironment, { ...valid, BATCH_SIZE: '100' });
      expect(environment).toMatchObject({ BATCH_SIZE: 100, PORT: 3000 });
    });

    it('reports app and platform violations together', () => {
      const error = configurationErrorFrom(() =>
        loadEnvironment(ProjectorEnvironment, { ...valid, PORT: '-1', BATCH_SIZE: 'many' }),
      );
      expect(error.violations.map((violation) => violation.variable).sort()).toEqual([
        'BATCH_SIZE',
        'PORT',
      ]);
    });

    it('accepts class-validator rules and reports them without repeating the name', () => {
      const error = configurationErrorFrom(() =>
        loadEnvironment(ProjectorEnvironment, { ...valid, JWT_SECRET: 'short' }),
      );
      expect(error.message).toContain(
        '  - JWT_SECRET: must be longer than or equal to 32 characters (got a hidden value)',
      );
    });
  });

  describe('given a database URL with a password that fails a rule', () => {
    it('does not print the password', () => {
      const error = configurationErrorFrom(() =>
        loadEnvironment(PlatformEnvironment, {
          ...valid,
          DATABASE_URL: 'mysql://app:s3cret@db:3306/app',
        }),
      );
      expect(error.message).not.toContain('s3cret');
      expect(error.message).toContain('mysql://app:***@db:3306/app');
    });
  });
});
