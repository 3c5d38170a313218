import { createServer } from 'node:net';
import { Topics } from '@lib/contracts';
import { kafkaClient } from '@lib/kafka';
import { createPlatformApp } from '@lib/platform';
import { eventually } from '@lib/testing';
import { createTestDatabase, TEST_SERVICE_SECRET } from '@lib/testing/command-service-harness';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AlignmentProjectorModule } from '../../apps/alignment-projector/src/alignment-projector.module';
import { OrgServiceModule } from '../../apps/org-service/src/org-service.module';
import { startKafkaBroker, type KafkaBroker } from '../../deploy/local/kafka';

interface Readiness {
  status: number;
  body: { error?: Record<string, Record<string, string>> };
}

async function readinessOf(app: NestFastifyApplication): Promise<Readiness> {
  const response = await fetch(`${await app.getUrl()}/health/ready`);
  return { status: response.status, body: (await response.json()) as Readiness['body'] };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('apps started before their Kafka broker', () => {
  let broker: KafkaBroker | undefined;
  const apps: NestFastifyApplication[] = [];
  let database: { url: string; drop(): Promise<void> };

  afterAll(async () => {
    for (const app of apps) await app.close();
    await broker?.destroy();
    await database?.drop();
  });

  describe('given a command service and a projector whose broker does not answer yet', () => {
    it('wait, say what they wait for, and become ready with their topics once the broker is up', async () => {
      database = await createTestDatabase();
      const port = await freePort();
      const variables = {
        ...process.env,
        DATABASE_URL: database.url,
        KAFKA_BROKERS: `127.0.0.1:${port}`,
        KAFKA_TOPIC_PREFIX: '',
        TCP_PORT: String(await freePort()),
        SERVICE_CREDENTIAL_SECRET: TEST_SERVICE_SECRET,
        LOG_LEVEL: 'silent',
      };
      for (const module of [
        OrgServiceModule.forRoot(variables),
        AlignmentProjectorModule.forRoot(variables),
      ]) {
        const app = await createPlatformApp(module);
        await app.listen(0, '127.0.0.1');
        apps.push(app);
      }

      for (const app of apps) {
        await eventually(async () => {
          const readiness = await readinessOf(app);
          expect(readiness.status).toBe(503);
          expect(Object.values(readiness.body.error?.workers ?? {})).toEqual([
            expect.stringMatching(/^waiting: .*(ECONNREFUSED|Connection)/),
            'down',
          ]);
        });
      }

      broker = await startKafkaBroker({ port, log: () => undefined });

      for (const app of apps) {
        await eventually(async () => expect((await readinessOf(app)).status).toBe(200), {
          timeoutMs: 60_000,
        });
      }
      const admin = kafkaClient({ brokers: broker.brokers, clientId: 'start-order-spec' }).admin();
      await admin.connect();
      const topics = await admin.listTopics();
      await admin.disconnect();
      expect(topics).toEqual(expect.arrayContaining([Topics.org, Topics.strategy]));
    }, 240_000);
  });
});
