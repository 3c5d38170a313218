import {
  IntegerVariable,
  OneOfVariable,
  PatternVariable,
  PlatformEnvironment,
  type PlatformOptions,
  SecretVariable,
} from '@lib/platform';
import { ValidateIf } from 'class-validator';

const HOST_AND_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$/;
const HTTPS_URL = /^https?:\/\/\S+$/;

/** The gateway's variables beside the platform's. */
export class GraphqlGatewayEnvironment extends PlatformEnvironment {
  /** production: no GraphiQL, no introspection, RS256 tokens from AUTH_JWKS_URL. */
  @OneOfVariable(['development', 'test', 'production'])
  readonly NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /** HS256 secret of the portals' tokens where no identity provider signs them (local, tests). */
  @ValidateIf((env: GraphqlGatewayEnvironment) => env.AUTH_JWKS_URL === '')
  @SecretVariable()
  readonly AUTH_SECRET?: string;

  /** The identity provider's JWKS: RS256 tokens verified with its keys (production). */
  @ValidateIf((env: GraphqlGatewayEnvironment) => env.AUTH_JWKS_URL !== '')
  @PatternVariable(HTTPS_URL, 'must be an http(s) URL')
  readonly AUTH_JWKS_URL: string = '';

  /** Issued with each command, so the command services know the gateway sent it. */
  @SecretVariable()
  readonly SERVICE_CREDENTIAL_SECRET!: string;

  @PatternVariable(HOST_AND_PORT, 'must be host:port')
  readonly ORG_SERVICE_ADDRESS: string = '127.0.0.1:4000';

  @PatternVariable(HOST_AND_PORT, 'must be host:port')
  readonly PEER_SERVICE_ADDRESS: string = '127.0.0.1:4001';

  @PatternVariable(HOST_AND_PORT, 'must be host:port')
  readonly STRATEGY_SERVICE_ADDRESS: string = '127.0.0.1:4002';

  @PatternVariable(HOST_AND_PORT, 'must be host:port')
  readonly ASSESSMENT_SERVICE_ADDRESS: string = '127.0.0.1:4006';

  /** How long a query with `consistentWith` waits for the read models before answering stale. */
  @IntegerVariable(0, 30_000)
  readonly CONSISTENCY_WAIT_MS: number = 3_000;

  @IntegerVariable(7, 50)
  readonly GRAPHQL_MAX_DEPTH: number = 12;

  @IntegerVariable(10, 1_000_000)
  readonly GRAPHQL_MAX_COST: number = 5_000;

  @IntegerVariable(1, 1_000)
  readonly GRAPHQL_MAX_ALIASES: number = 15;

  @IntegerVariable(1_024, 10_485_760)
  readonly GRAPHQL_MAX_BODY_BYTES: number = 100_000;

  /** Operations per principal per minute. */
  @IntegerVariable(1, 1_000_000)
  readonly RATE_LIMIT_PER_MINUTE: number = 600;
}

/** The GraphQL gateway: the portals' API over the read models and the command services. */
export const graphqlGatewayOptions = (
  variables?: NodeJS.ProcessEnv,
): PlatformOptions<GraphqlGatewayEnvironment> => ({
  serviceName: 'graphql-gateway',
  environment: GraphqlGatewayEnvironment,
  variables,
});
