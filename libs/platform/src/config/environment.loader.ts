import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { ConfigurationError, type ConfigurationViolation } from './configuration.error';

export type EnvironmentVariables = Readonly<Record<string, string | undefined>>;
export type EnvironmentClass<E extends object> = new () => E;

/**
 * Reads the variables `environmentClass` declares and returns them parsed, validated and frozen.
 * Variables the class does not declare are ignored: a process environment holds many.
 * @throws ConfigurationError naming every failing variable, its rule and its value.
 */
export function loadEnvironment<E extends object>(
  environmentClass: EnvironmentClass<E>,
  variables: EnvironmentVariables = process.env,
): E {
  const provided = withoutEmptyValues(variables);
  const environment = plainToInstance(environmentClass, provided);
  // whitelist strips every property without a rule, i.e. all undeclared variables.
  const errors = validateSync(environment, { whitelist: true, validationError: { target: false } });
  if (errors.length > 0) {
    throw new ConfigurationError(errors.map((error) => toViolation(error, provided)));
  }
  return Object.freeze(environment);
}

// `PORT=` in a shell or an env file means "not set", so it falls back to the default.
function withoutEmptyValues(variables: EnvironmentVariables): Record<string, string> {
  const provided: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) {
    if (value !== undefined && value.trim() !== '') provided[name] = value;
  }
  return provided;
}

function toViolation(
  error: ValidationError,
  provided: Record<string, string>,
): ConfigurationViolation {
  const rules = Object.values(error.constraints ?? {}).map((rule) =>
    rule.startsWith(`${error.property} `) ? rule.slice(error.property.length + 1) : rule,
  );
  return { variable: error.property, rule: rules.join('; '), value: provided[error.property] };
}
