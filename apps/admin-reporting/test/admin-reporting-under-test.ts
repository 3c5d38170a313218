import { type Principal, SecretAccessTokens } from '@lib/auth';
import { createPlatformApp } from '@lib/platform';
import { testEnvironment } from '@lib/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AdminReportingModule } from '../src/admin-reporting.module';

export const TEST_AUTH_SECRET = 'a-test-secret-for-portal-tokens-of-32-chars';

export type AdminReportingUnderTest = Readonly<{
  app: NestFastifyApplication;
  tokenFor(principal: Principal): Promise<string>;
  get(url: string, token?: string): ReturnType<NestFastifyApplication['inject']>;
  stop(): Promise<void>;
}>;

/** Admin reporting in this process on the test database, answering through Fastify's inject. */
export async function startAdminReporting(
  overrides: NodeJS.ProcessEnv = {},
): Promise<AdminReportingUnderTest> {
  const { databaseUrl, kafkaBrokers } = testEnvironment();
  const app = await createPlatformApp(
    AdminReportingModule.forRoot({
      ...process.env,
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: kafkaBrokers.join(','),
      AUTH_SECRET: TEST_AUTH_SECRET,
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      ...overrides,
    }),
  );
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const tokens = new SecretAccessTokens(TEST_AUTH_SECRET);
  return {
    app,
    tokenFor: (principal) => tokens.issue(principal),
    get: (url, token) =>
      app.inject({
        method: 'GET',
        url,
        headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
      }),
    stop: () => app.close(),
  };
}
