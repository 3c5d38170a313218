import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';

// Each decorator pairs a parser (environment values are always strings) with one rule whose
// text is the whole error message, so a ConfigurationError reads "PORT: must be ...".

const DECIMAL_INTEGER = /^[+-]?\d+$/;
const HOST = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|[0-9A-Fa-f:]+)$/;
const HOST_AND_PORT = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?):(\d{1,5})$/;

function variableRule(
  name: string,
  rule: string,
  isValid: (value: unknown) => boolean,
  parse?: (raw: string) => unknown,
): PropertyDecorator {
  const validate = ValidateBy({
    name,
    validator: { validate: isValid, defaultMessage: () => rule },
  });
  if (!parse) return validate;
  const transform = Transform(({ value }) => (typeof value === 'string' ? parse(value) : value));
  return (target, property) => {
    transform(target, property);
    validate(target, property);
  };
}

export function IntegerVariable(min: number, max: number): PropertyDecorator {
  return variableRule(
    'integerVariable',
    `must be an integer from ${min} to ${max}`,
    (value) => Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max,
    (raw) => (DECIMAL_INTEGER.test(raw.trim()) ? Number(raw.trim()) : raw),
  );
}

export function OneOfVariable(allowed: readonly string[]): PropertyDecorator {
  return variableRule(
    'oneOfVariable',
    `must be one of ${allowed.join(', ')}`,
    (value) => typeof value === 'string' && allowed.includes(value),
    (raw) => raw.trim(),
  );
}

export function HostVariable(): PropertyDecorator {
  return variableRule(
    'hostVariable',
    'must be a host name or IP address',
    (value) => typeof value === 'string' && HOST.test(value),
    (raw) => raw.trim(),
  );
}

export function PostgresUrlVariable(): PropertyDecorator {
  return variableRule(
    'postgresUrlVariable',
    'must be a postgres:// or postgresql:// URL',
    (value) => typeof value === 'string' && isPostgresUrl(value),
    (raw) => raw.trim(),
  );
}

/** Parses `host:port,host:port` into a list; apps receive `string[]`. */
export function HostPortListVariable(): PropertyDecorator {
  return variableRule(
    'hostPortListVariable',
    'must be a comma-separated list of host:port with ports from 1 to 65535',
    (value) => Array.isArray(value) && value.length > 0 && value.every(isHostAndPort),
    (raw) =>
      raw
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ''),
  );
}

function isPostgresUrl(value: string): boolean {
  try {
    return ['postgres:', 'postgresql:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function isHostAndPort(entry: unknown): boolean {
  const match = typeof entry === 'string' ? HOST_AND_PORT.exec(entry) : null;
  if (!match) return false;
  const port = Number(match[3]);
  return port >= 1 && port <= 65535;
}

/** A shared secret: long enough to resist guessing. The loader never prints secrets' values. */
export function SecretVariable(minLength = 32): PropertyDecorator {
  return variableRule(
    'secretVariable',
    `must be a secret of at least ${minLength} characters`,
    (value) => typeof value === 'string' && value.length >= minLength,
  );
}

export function PatternVariable(pattern: RegExp, rule: string): PropertyDecorator {
  return variableRule(
    'patternVariable',
    rule,
    (value) => typeof value === 'string' && pattern.test(value),
  );
}
