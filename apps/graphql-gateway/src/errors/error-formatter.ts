import { isApiError } from '@lib/platform';
import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { readModelUnavailable } from '../read-models/read-model-errors';
import {
  fromApiError,
  gatewayError,
  type GatewayErrorCode,
  type GatewayErrorExtensions,
} from './gateway-error';
import { fieldErrorOf } from './validation-field-path';

/** HTTP status per code when the whole operation is refused; field errors answer 200 with data. */
const STATUS: Partial<Record<GatewayErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  BODY_TOO_LARGE: 413,
  VALIDATION_FAILED: 400,
  DEPTH_LIMIT_EXCEEDED: 400,
  COST_LIMIT_EXCEEDED: 400,
  ALIAS_LIMIT_EXCEEDED: 400,
  BATCHED_OPERATIONS_NOT_ALLOWED: 400,
  INTROSPECTION_DISABLED: 400,
  GRAPHQL_PARSE_FAILED: 400,
};

type Execution = ExecutionResult & { statusCode?: number };
type Logged = MercuriusContext | { reply?: MercuriusContext['reply'] };

/**
 * Every error leaves with a stable `extensions.code`: ours as thrown, GraphQL's own validation as
 * VALIDATION_FAILED with the field's path, each limit with its code. Never a bare HTTP 500: an
 * error nobody named is logged and answered INTERNAL without its details.
 */
export function formatGatewayErrors(execution: Execution, context: Logged) {
  const errors = (execution.errors ?? []).flatMap(flatten).map((error) => {
    const named = named_(error);
    if (named.extensions.code === 'INTERNAL')
      context.reply?.log.error({ err: error }, error.message);
    return named;
  });
  const refusedWhole = !execution.data && errors.length > 0;
  const statusCode = refusedWhole
    ? (STATUS[errors[0].extensions.code as GatewayErrorCode] ?? 200)
    : 200;
  return {
    statusCode,
    response: { data: execution.data ?? null, errors: errors.map((error) => error.toJSON()) },
  };
}

// mercurius wraps validation failures: one error whose original carries the list.
function flatten(error: GraphQLError): GraphQLError[] {
  const inner = (error.originalError as { errors?: unknown[] } | undefined)?.errors;
  if (!Array.isArray(inner)) return [error];
  return inner.map((each) =>
    each instanceof GraphQLError
      ? each
      : new GraphQLError(String((each as Error).message), { originalError: each as Error }),
  );
}

function named_(error: GraphQLError): GraphQLError & { extensions: GatewayErrorExtensions } {
  const relocated = (replacement: GraphQLError) =>
    new GraphQLError(replacement.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: replacement.extensions,
    }) as GraphQLError & { extensions: GatewayErrorExtensions };
  if (typeof error.extensions?.code === 'string' && !error.extensions.code.startsWith('MER_'))
    return error as GraphQLError & { extensions: GatewayErrorExtensions };
  const original = error.originalError as (Error & { code?: string; error?: unknown }) | undefined;
  if (original && 'error' in original && isApiError(original.error)) {
    return relocated(fromApiError(original.error));
  }
  const unavailable = readModelUnavailable(original ?? {});
  if (unavailable) return relocated(unavailable);
  return relocated(byMessage(error, original));
}

function byMessage(error: GraphQLError, original: (Error & { code?: string }) | undefined) {
  const { message } = error;
  const code = original?.code;
  if (code === 'MER_ERR_GQL_QUERY_DEPTH') return gatewayError('DEPTH_LIMIT_EXCEEDED', message);
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return gatewayError('BODY_TOO_LARGE', 'the request body is larger than the gateway accepts');
  if (/Aliases limit of/.test(message)) return gatewayError('ALIAS_LIMIT_EXCEEDED', message);
  if (/introspection/i.test(message)) return gatewayError('INTROSPECTION_DISABLED', message);
  if (message.startsWith('Syntax Error')) return gatewayError('GRAPHQL_PARSE_FAILED', message);
  // GraphQL's own verdicts: validation, and variable coercion (whose original is the coercion's).
  const graphqls =
    original === undefined || original instanceof GraphQLError || original.name === 'GraphQLError';
  if (graphqls || code === 'MER_ERR_GQL_VALIDATION' || code === 'FST_ERR_VALIDATION') {
    if (/body must be object/.test(message))
      return gatewayError('BATCHED_OPERATIONS_NOT_ALLOWED', 'send one operation per request');
    const field = fieldErrorOf(message);
    return gatewayError('VALIDATION_FAILED', message, field ? { errors: [field] } : {});
  }
  return gatewayError('INTERNAL', 'the gateway could not answer; the error is logged');
}
