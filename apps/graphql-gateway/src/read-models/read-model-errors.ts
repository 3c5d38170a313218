import type { GraphQLError } from 'graphql';
import { gatewayError } from '../errors/gateway-error';

const UNDEFINED_TABLE = '42P01';
const INVALID_SCHEMA = '3F000';

/**
 * A read model whose projector has not yet created its tables (or its schema) answers
 * READ_MODEL_UNAVAILABLE; any other error is not this one's to name (undefined).
 */
export function readModelUnavailable(error: unknown, readModel?: string): GraphQLError | undefined {
  const code =
    (error as { code?: string }).code ??
    (error as { driverError?: { code?: string } }).driverError?.code;
  if (code !== UNDEFINED_TABLE && code !== INVALID_SCHEMA) return undefined;
  const which = readModel ? `the ${readModel} read model` : 'a read model';
  return gatewayError(
    'READ_MODEL_UNAVAILABLE',
    `${which} is not available yet: its projector has not created its tables; try again shortly`,
    readModel ? { readModel } : {},
  );
}
