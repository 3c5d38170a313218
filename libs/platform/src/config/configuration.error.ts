export interface ConfigurationViolation {
  readonly variable: string;
  readonly rule: string;
  /** The value as the process received it, `undefined` when the variable is not set. */
  readonly value: string | undefined;
}

// Secrets must not end up in a crash log, so their values are described rather than printed.
const SECRET_NAME = /SECRET|PASSWORD|TOKEN|PRIVATE_KEY|API_KEY/i;

export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';

  constructor(readonly violations: readonly ConfigurationViolation[]) {
    super(['Invalid configuration:', ...violations.map(describeViolation)].join('\n'));
  }
}

function describeViolation({ variable, rule, value }: ConfigurationViolation): string {
  return `  - ${variable}: ${rule} (${describeValue(variable, value)})`;
}

export function describeValue(variable: string, value: string | undefined): string {
  if (value === undefined) return 'not set';
  if (SECRET_NAME.test(variable)) return 'got a hidden value';
  return `got ${JSON.stringify(withoutUrlPassword(value))}`;
}

function withoutUrlPassword(value: string): string {
  try {
    const url = new URL(value);
    if (!url.password) return value;
    url.password = '***';
    return url.toString();
  } catch {
    return value;
  }
}
