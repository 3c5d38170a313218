import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { type Principal, ServiceCredentials } from '@lib/auth';
import { CommandClient, CommandRejected } from '@lib/command-transport';
import { type ApiError, createPlatformApp, listenForMessages } from '@lib/platform';
import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { testEnvironment } from './test-environment';

export const TEST_SERVICE_SECRET = 'test-secret-shared-by-the-gateway-and-the-services';

export interface RunningCommandService {
  app: NestFastifyApplication;
  variables: NodeJS.ProcessEnv;
  client: CommandClient;
  stop(): Promise<void>;
}

/**
 * Starts a command service in this process, as its main.ts would, on a database of its own
 * (so its relay publishes only this test's events) and a free TCP port.
 */
export async function startCommandService(
  service: string,
  module: (variables: NodeJS.ProcessEnv) => DynamicModule,
  overrides: NodeJS.ProcessEnv = {},
): Promise<RunningCommandService> {
  const { kafkaBrokers } = testEnvironment();
  const tcpPort = await freePort();
  const variables: NodeJS.ProcessEnv = {
    ...process.env,
    KAFKA_BROKERS: kafkaBrokers.join(','),
    TCP_PORT: String(tcpPort),
    SERVICE_CREDENTIAL_SECRET: TEST_SERVICE_SECRET,
    LOG_LEVEL: 'warn',
    ...overrides,
  };
  const app = await createPlatformApp(module(variables));
  await listenForMessages(app, '127.0.0.1', tcpPort);
  await app.listen(0, '127.0.0.1');
  const client = new CommandClient(
    { service, host: '127.0.0.1', port: tcpPort },
    new ServiceCredentials(TEST_SERVICE_SECRET),
    'graphql-gateway',
  );
  return {
    app,
    variables,
    client,
    stop: async () => {
      await client.close();
      await app.close();
    },
  };
}

/** A database of its own for one test file; drop it in afterAll. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const { databaseUrl } = testEnvironment();
  const name = `lp_t_${randomBytes(6).toString('hex')}`;
  await onServer(databaseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(databaseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export function principal(
  tenantId: string,
  leaderId: string,
  ...roles: Principal['roles']
): Principal {
  return { tenantId, leaderId, roles: roles.length > 0 ? roles : ['leader'] };
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A port no one listens on now, for a test server of its own. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The API error a command was refused with; fails the test if the command was accepted. */
export function rejection(attempt: Promise<unknown>): Promise<ApiError> {
  return attempt.then(
    () => {
      throw new Error('the command was accepted');
    },
    (error: unknown) => {
      if (!(error instanceof CommandRejected)) throw error;
      return error.error;
    },
  );
}

/**
 * pg's Pool.end() resolves before its sockets close, so dropping the database may terminate them
 * (57P01) once ended; a pool without an error listener would then crash the test run.
 */
export function ignoreTerminatedConnections(
  ...pools: { on(event: 'error', listener: (error: Error) => void): unknown }[]
): void {
  for (const pool of pools) {
    pool.on('error', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') throw error;
    });
  }
}
