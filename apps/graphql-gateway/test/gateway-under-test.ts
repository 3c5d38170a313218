import { type Principal, SecretAccessTokens } from '@lib/auth';
import { createPlatformApp } from '@lib/platform';
import { testEnvironment } from '@lib/testing';
import { TEST_SERVICE_SECRET } from '@lib/testing/command-service-harness';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GraphqlGatewayModule } from '../src/graphql-gateway.module';

export const TEST_AUTH_SECRET = 'a-test-secret-for-portal-tokens-of-32-chars';

export interface GraphqlAnswer {
  statusCode: number;
  data: Record<string, unknown> | null;
  errors?: { message: string; path?: string[]; extensions: Record<string, unknown> }[];
}

export interface GatewayUnderTest {
  app: NestFastifyApplication;
  tokenFor(principal: Principal): Promise<string>;
  /** POSTs one operation; `token` undefined sends no Authorization header. */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GraphqlAnswer>;
  stop(): Promise<void>;
}

/** The gateway in this process on the test database, answering through Fastify's inject. */
export async function startGateway(overrides: NodeJS.ProcessEnv = {}): Promise<GatewayUnderTest> {
  const { databaseUrl, kafkaBrokers } = testEnvironment();
  const variables: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: kafkaBrokers.join(','),
    AUTH_SECRET: TEST_AUTH_SECRET,
    SERVICE_CREDENTIAL_SECRET: TEST_SERVICE_SECRET,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    ...overrides,
  };
  const app = await createPlatformApp(GraphqlGatewayModule.forRoot(variables));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const tokens = new SecretAccessTokens(TEST_AUTH_SECRET);
  return {
    app,
    tokenFor: (principal) => tokens.issue(principal),
    graphql: async (query, variables = {}, token, headers = {}) => {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: {
          'content-type': 'application/json',
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
          ...headers,
        },
        payload: JSON.stringify({ query, variables }),
      });
      return {
        statusCode: response.statusCode,
        ...(response.json() as Omit<GraphqlAnswer, 'statusCode'>),
      };
    },
    stop: () => app.close(),
  };
}
