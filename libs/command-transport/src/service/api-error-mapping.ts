import { DomainError } from '@lib/domain';
import { type ApiError, ApiException } from '@lib/platform';
import { CommandIdReusedError, ConcurrencyError } from '@lib/event-store';

/** Every failure of a command as one of the stable API error codes; anything unexpected is INTERNAL. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiException) return error.error;
  if (error instanceof DomainError) {
    return {
      code: error.apiCode,
      rule: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
    };
  }
  if (error instanceof ConcurrencyError) {
    return { code: 'CONFLICT', rule: 'CONCURRENT_CHANGE', message: `${error.message}; try again` };
  }
  if (error instanceof CommandIdReusedError) {
    return { code: 'CONFLICT', rule: 'COMMAND_ID_REUSED', message: error.message };
  }
  return {
    code: 'INTERNAL',
    message: 'the command could not be handled; it may be retried with the same commandId',
  };
}
