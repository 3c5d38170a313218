import { type DocumentNode, GraphQLError, type GraphQLSchema, Kind } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { gatewayError, unauthenticated } from '../errors/gateway-error';
import type { GatewayContext } from '../request/gateway-context';

/**
 * Refuses an operation before it runs, on every request (mercurius skips validation hooks for a
 * query it has cached, never this one): without a valid principal unless it only introspects,
 * over the principal's rate, or costlier than the limit for the variables it came with.
 */
export function operationGuard(maxCost: number) {
  return (
    schema: GraphQLSchema,
    document: DocumentNode,
    context: GatewayContext,
    variables: Record<string, unknown> | undefined,
  ) => {
    if (!context.principal && !onlyIntrospects(document))
      throw refusal(unauthenticated(context.authenticationFailure));
    if (context.rateLimited)
      throw refusal(
        gatewayError('RATE_LIMITED', 'too many operations: wait for the next minute', {
          retryAfterSeconds: 60 - (Math.floor(Date.now() / 1000) % 60),
        }),
      );
    const cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
    if (cost > maxCost)
      throw refusal(
        gatewayError(
          'COST_LIMIT_EXCEEDED',
          `the operation costs ${cost}, more than the limit of ${maxCost}: ask for fewer items`,
          { cost, limit: maxCost },
        ),
      );
  };
}

function onlyIntrospects(document: DocumentNode): boolean {
  return document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION ||
      definition.selectionSet.selections.every(
        (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
      ),
  );
}

/** What mercurius' error handler expects: the errors to answer, and no data. */
function refusal(error: GraphQLError): Error {
  return Object.assign(new Error(error.message), { errors: [error], statusCode: 400 });
}
