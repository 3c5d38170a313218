/** The stable error codes of every API of the platform (ARCHITECTURE.md "API and consistency"). */
export type ApiErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'RULE_VIOLATED'
  | 'INTERNAL';

export interface FieldError {
  /** The field's path in the input, e.g. `topic` or `items.2.ref`. */
  field: string;
  /** The rule it broke, e.g. `isLength` or `whitelistValidation`. */
  rule: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** The domain rule's own code, with RULE_VIOLATED, FORBIDDEN, NOT_FOUND and CONFLICT. */
  rule?: string;
  field?: string;
  /** Every failing field, with VALIDATION_FAILED. */
  errors?: FieldError[];
}

export class ApiException extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiException';
  }
}

export function isApiError(value: unknown): value is ApiError {
  const candidate = value as Partial<ApiError> | null;
  return typeof candidate?.code === 'string' && typeof candidate.message === 'string';
}
