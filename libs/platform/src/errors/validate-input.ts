import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { ApiException, type FieldError } from './api-error';

type InputClass<T> = new () => T;

/**
 * Turns raw input into an instance of its input class, or fails with VALIDATION_FAILED naming
 * every failing field and rule. Unknown fields are refused, not silently dropped.
 */
export async function validateInput<T extends object>(
  inputClass: InputClass<T>,
  raw: unknown,
): Promise<T> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ApiException({
      code: 'VALIDATION_FAILED',
      message: 'the input must be an object',
      errors: [{ field: '', rule: 'isObject', message: 'the input must be an object' }],
    });
  }
  const input = plainToInstance(inputClass, raw);
  const failures = await validate(input, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  if (failures.length > 0) {
    const errors = failures.flatMap((failure) => fieldErrors(failure, ''));
    throw new ApiException({
      code: 'VALIDATION_FAILED',
      message: `invalid input: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
      errors,
    });
  }
  return input;
}

function fieldErrors(failure: ValidationError, parent: string): FieldError[] {
  const field = parent ? `${parent}.${failure.property}` : failure.property;
  const own = Object.entries(failure.constraints ?? {}).map(([rule, message]) => ({
    field,
    rule,
    message,
  }));
  const nested = (failure.children ?? []).flatMap((child) => fieldErrors(child, field));
  return [...own, ...nested];
}
