import { createServer, type Server, type Socket } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { eventually, testEnvironment } from '@lib/testing';
import { startKafkaBroker, type KafkaBroker } from '../../../../deploy/local/kafka';
import { freePort } from '../../test/app-process';
import { createPlatformApp } from '../bootstrap/bootstrap-app';
import { PlatformModule } from '../bootstrap/platform.module';
import { PlatformEnvironment } from '../config/platform.environment';

interface Readiness {
  status: number;
  body: {
    status: string;
    info?: Record<string, { status: string }>;
    error?: Record<string, { status: string; message?: string }>;
  };
  elapsedMs: number;
}

// What the brief allows a probe at most, with a second more for a busy machine.
const PROBE_LIMIT_MS = 4_000;

async function startApp(variables: Record<string, string>): Promise<NestFastifyApplication> {
  const platform = PlatformModule.forRoot({
    serviceName: 'readiness-spec',
    environment: PlatformEnvironment,
    variables: { LOG_LEVEL: 'silent', ...variables },
  });
  const app = await createPlatformApp(platform);
  await app.listen(0, '127.0.0.1');
  return app;
}

async function readinessOf(app: NestFastifyApplication): Promise<Readiness> {
  const startedAt = Date.now();
  const response = await fetch(`${await app.getUrl()}/health/ready`);
  const body = (await response.json()) as Readiness['body'];
  return { status: response.status, body, elapsedMs: Date.now() - startedAt };
}

/** Accepts TCP connections and never answers: a dependency that hangs rather than refuses. */
async function startSilentServer(): Promise<{ address: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  return {
    address: `127.0.0.1:${port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((closed) => server.close(() => closed()));
    },
  };
}

describe('readiness of an app on the platform', () => {
  let broker: KafkaBroker;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    // A broker of its own: stopping the suite's shared broker would break other test files.
    broker = await startKafkaBroker({ log: () => undefined });
    app = await startApp({
      DATABASE_URL: testEnvironment().databaseUrl,
      KAFKA_BROKERS: broker.brokers.join(','),
    });
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    await broker?.destroy();
  });

  describe('given PostgreSQL and Kafka both answer', () => {
    it('is ready', async () => {
      const readiness = await readinessOf(app);

      expect(readiness.status).toBe(200);
      expect(readiness.body.info).toMatchObject({
        postgres: { status: 'up' },
        kafka: { status: 'up' },
      });
    });
  });

  describe('given Kafka stops', () => {
    it('says not ready while Kafka is stopped and ready again once it is back', async () => {
      await broker.stop();

      const notReady = await eventually(
        async () => {
          const readiness = await readinessOf(app);
          expect(readiness.status).toBe(503);
          return readiness;
        },
        { timeoutMs: 20_000, intervalMs: 250 },
      );
      expect(notReady.body.error).toEqual({
        kafka: expect.objectContaining({ status: 'down', message: expect.any(String) }),
      });
      expect(notReady.body.info).toMatchObject({ postgres: { status: 'up' } });
      expect(notReady.elapsedMs).toBeLessThan(PROBE_LIMIT_MS);

      await broker.restart();

      await eventually(async () => expect((await readinessOf(app)).status).toBe(200), {
        timeoutMs: 60_000,
        intervalMs: 250,
      });
    }, 180_000);
  });

  describe('given DATABASE_URL names a port where no PostgreSQL listens', () => {
    let misconfigured: NestFastifyApplication;

    beforeAll(async () => {
      const databaseUrl = new URL(testEnvironment().databaseUrl);
      databaseUrl.port = String(await freePort());
      misconfigured = await startApp({
        DATABASE_URL: databaseUrl.toString(),
        KAFKA_BROKERS: broker.brokers.join(','),
      });
    });

    afterAll(() => misconfigured?.close());

    it('is not ready, naming PostgreSQL', async () => {
      const readiness = await readinessOf(misconfigured);

      expect(readiness.status).toBe(503);
      expect(readiness.body.error).toEqual({
        postgres: expect.objectContaining({
          status: 'down',
          message: expect.stringMatching(/ECONNREFUSED/),
        }),
      });
      expect(readiness.body.info).toMatchObject({ kafka: { status: 'up' } });
      expect(readiness.elapsedMs).toBeLessThan(PROBE_LIMIT_MS);
    });
  });

  describe('given PostgreSQL and Kafka accept connections but never answer', () => {
    let silent: Awaited<ReturnType<typeof startSilentServer>>;
    let hanging: NestFastifyApplication;

    beforeAll(async () => {
      silent = await startSilentServer();
      hanging = await startApp({
        DATABASE_URL: `postgres://postgres@${silent.address}/postgres`,
        KAFKA_BROKERS: silent.address,
      });
    });

    afterAll(async () => {
      await hanging?.close();
      await silent?.close();
    });

    it('still answers within the probe limit, naming both', async () => {
      const readiness = await readinessOf(hanging);

      expect(readiness.status).toBe(503);
      expect(Object.keys(readiness.body.error ?? {}).sort()).toEqual(['kafka', 'postgres']);
      expect(readiness.elapsedMs).toBeLessThan(PROBE_LIMIT_MS);
    });
  });
});
