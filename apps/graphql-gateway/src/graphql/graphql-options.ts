import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyRequest } from 'fastify';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { formatGatewayErrors } from '../errors/error-formatter';
import type { GraphqlGatewayEnvironment } from '../graphql-gateway.options';
import type { ContextFactory } from '../request/context-factory';
import { operationGuard } from './operation-guard';

/**
 * Mercurius on the app's Fastify: graphql-jit after a query's first run, GraphiQL and
 * introspection outside production only, one operation per request, and the limits: depth and
 * aliases when a query is validated (both are properties of the text, so mercurius may cache
 * the verdict), cost and rate on every execution (they depend on variables and on time).
 */
export function graphqlOptions(
  env: GraphqlGatewayEnvironment,
  contexts: ContextFactory,
): MercuriusDriverConfig {
  const production = env.NODE_ENV === 'production';
  const guard = operationGuard(env.GRAPHQL_MAX_COST);
  return {
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: !production,
    jit: 1,
    allowBatchedQueries: false,
    queryDepth: env.GRAPHQL_MAX_DEPTH,
    validationRules: [
      maxAliasesRule({ n: env.GRAPHQL_MAX_ALIASES, propagateOnRejection: true }),
      ...(production ? [NoSchemaIntrospectionCustomRule] : []),
    ],
    additionalRouteOptions: { bodyLimit: env.GRAPHQL_MAX_BODY_BYTES },
    context: (request: FastifyRequest) => contexts.create(request),
    errorFormatter: (execution, context) => formatGatewayErrors(execution, context),
    hooks: {
      preExecution: (schema, document, context, variables) => {
        guard(schema, document, context as never, variables as Record<string, unknown>);
        return undefined;
      },
    },
  } as MercuriusDriverConfig;
}
