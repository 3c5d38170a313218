import type { ApiError, ApiErrorCode, FieldError } from '@lib/platform';
import { GraphQLError } from 'graphql';

/** The codes the API answers in `extensions.code`: the platform's, and each limit's own. */
export type GatewayErrorCode =
  | Exclude<ApiErrorCode, 'INTERNAL'>
  | 'INTERNAL'
  | 'RATE_LIMITED'
  | 'DEPTH_LIMIT_EXCEEDED'
  | 'COST_LIMIT_EXCEEDED'
  | 'ALIAS_LIMIT_EXCEEDED'
  | 'BATCHED_OPERATIONS_NOT_ALLOWED'
  | 'BODY_TOO_LARGE'
  | 'INTROSPECTION_DISABLED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'READ_MODEL_UNAVAILABLE';

export interface GatewayErrorExtensions {
  code: GatewayErrorCode;
  /** The domain rule's code, with RULE_VIOLATED, FORBIDDEN, NOT_FOUND and CONFLICT. */
  rule?: string;
  /** Every failing field with its path from the operation's arguments, with VALIDATION_FAILED. */
  errors?: FieldError[];
  [key: string]: unknown;
}

/** An error a resolver throws: its extensions are what the portal reads. */
export function gatewayError(
  code: GatewayErrorCode,
  message: string,
  extensions: Omit<GatewayErrorExtensions, 'code'> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** A command service's or a library's ApiError, its field paths rooted at `fieldRoot`. */
export function fromApiError(error: ApiError, fieldRoot?: string): GraphQLError {
  const rooted = (field: string) =>
    fieldRoot === undefined ? field : field === '' ? fieldRoot : `${fieldRoot}.${field}`;
  return gatewayError(error.code, error.message, {
    ...(error.rule === undefined ? {} : { rule: error.rule }),
    ...(error.field === undefined ? {} : { field: rooted(error.field) }),
    ...(error.errors === undefined
      ? {}
      : { errors: error.errors.map((failure) => ({ ...failure, field: rooted(failure.field) })) }),
  });
}

export function unauthenticated(message = 'a bearer token is required'): GraphQLError {
  return gatewayError('UNAUTHENTICATED', message);
}

export function forbidden(message: string, rule?: string): GraphQLError {
  return gatewayError('FORBIDDEN', message, rule === undefined ? {} : { rule });
}

export function invalidArgument(field: string, rule: string, message: string): GraphQLError {
  return gatewayError('VALIDATION_FAILED', message, { errors: [{ field, rule, message }] });
}
