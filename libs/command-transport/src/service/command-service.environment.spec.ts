import { ConfigurationError, loadEnvironment } from '@lib/platform';
import { CommandServiceEnvironment } from './command-service.environment';

const required = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/leadership',
  KAFKA_BROKERS: '127.0.0.1:9092',
  SERVICE_CREDENTIAL_SECRET: 'a-secret-of-at-least-thirty-two-characters',
};

describe("a command service's clock", () => {
  it('is the system clock unless told otherwise', () => {
    expect(loadEnvironment(CommandServiceEnvironment, required).COMMAND_CLOCK).toBe('system');
  });

  it('may be the seed clock outside production', () => {
    for (const NODE_ENV of ['development', 'test']) {
      const env = loadEnvironment(CommandServiceEnvironment, {
        ...required,
        NODE_ENV,
        COMMAND_CLOCK: 'seed',
      });
      expect(env.COMMAND_CLOCK).toBe('seed');
    }
  });

  it('cannot be the seed clock in production, and the error says which variable and why', () => {
    const load = () =>
      loadEnvironment(CommandServiceEnvironment, {
        ...required,
        NODE_ENV: 'production',
        COMMAND_CLOCK: 'seed',
      });
    expect(load).toThrow(ConfigurationError);
    expect(load).toThrow(/COMMAND_CLOCK: must not be seed when NODE_ENV is production/);
  });

  it('refuses a clock it does not know', () => {
    expect(() =>
      loadEnvironment(CommandServiceEnvironment, { ...required, COMMAND_CLOCK: 'fast' }),
    ).toThrow(/COMMAND_CLOCK: must be one of system, seed/);
  });
});
