import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { applications } from '../../deploy/local/apps';
import { dropDatabase, withDatabase } from '../../deploy/local/postgres';
import { platformKafkaData } from '../../deploy/local/platform-state';
import { isAlive } from '../../deploy/local/process-utils';
import { eventually } from '@lib/testing';
import { Client } from 'pg';
import { expectTheDemoStory } from './demo-story-checks';

const ROOT = join(__dirname, '..', '..');
// A fresh start builds every app and seeds three months of history: minutes on a busy machine.
const STARTS_WITHIN_MS = 480_000;
const AUTH_SECRET = 'a-portal-token-secret-for-the-run-command-test';

/** Free ports at base, base + 1, …: the run command gives its apps consecutive ports. */
async function freePortRange(count: number): Promise<number> {
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const ports = Array.from({ length: count }, (_, i) => base + i);
    if ((await Promise.all(ports.map(isFree))).every(Boolean)) return base;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function jsonLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The seed tells three months at their business times, SLA breaches included, through the services. */
async function expectAHistoryInThePast(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ type: string; days_ago: number }>(
      `SELECT type, extract(epoch FROM now() - min(occurred_at)) / 86400 AS days_ago
         FROM peer.events WHERE tenant_id = 'demo' GROUP BY type`,
    );
    const daysAgo = new Map(rows.map(({ type, days_ago }) => [type, Number(days_ago)]));
    expect(daysAgo.get('PeerRequestRaised')).toBeGreaterThan(80);
    expect(daysAgo.get('PeerRequestResponseSlaBreached')).toBeGreaterThan(60);
    expect(daysAgo.get('PeerRequestDeliverySlaBreached')).toBeGreaterThan(60);
  } finally {
    await client.end();
  }
}

describe('the run command (npm start) on a fresh state', () => {
  const database = `lp_test_${process.env.TEST_RUN_ID}_platform`;
  const serverUrl = process.env.DATABASE_URL!;

  afterAll(async () => {
    await dropDatabase(serverUrl, database);
    rmSync(join(platformKafkaData(database), '..'), { recursive: true, force: true });
  });

  describe('given an empty database and a broker data folder that does not exist yet', () => {
    it(
      'brings every app up with the demo seeded, and a SIGTERM stops it all without an error line',
      async () => {
        const apps = applications();
        const [appPort, tcpPort, kafkaPort] = await Promise.all([
          freePortRange(apps.length),
          freePortRange(apps.length),
          freePortRange(2),
        ]);
        const env: NodeJS.ProcessEnv = {
          ...process.env,
          PLATFORM_DATABASE: database,
          FIRST_APP_PORT: String(appPort),
          FIRST_TCP_PORT: String(tcpPort),
          KAFKA_PORT: String(kafkaPort),
        };
        // The run command brings its own broker, and its topics carry no test prefix.
        delete env.KAFKA_BROKERS;
        delete env.KAFKA_TOPIC_PREFIX;
        delete env.SERVICE_CREDENTIAL_SECRET;
        env.AUTH_SECRET = AUTH_SECRET;
        const npm = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        npm.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        npm.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const exited = new Promise<number | null>((resolve) => npm.once('exit', resolve));

        try {
          await eventually(
            () => {
              if (npm.exitCode !== null) throw new Error(`npm start exited:\n${stdout}\n${stderr}`);
              expect(stdout).toContain('The leadership platform is running');
            },
            { timeoutMs: STARTS_WITHIN_MS, intervalMs: 500 },
          );

          expect(stdout).toMatch(
            /Demo organisation seeded in tenant "demo" \(7 divisions, 63 leaders/,
          );
          await expectAHistoryInThePast(withDatabase(serverUrl, database));
          const gateway = appPort + apps.indexOf('graphql-gateway');
          expect(stdout).toContain(`GraphQL: http://127.0.0.1:${gateway}/graphql`);
          await expectTheDemoStory(`http://127.0.0.1:${gateway}/graphql`, AUTH_SECRET);
          expect(stdout).toContain(`platform database: ${withDatabase(serverUrl, database)}`);
          expect(stdout).toContain(`Kafka brokers: 127.0.0.1:${kafkaPort}`);
          for (const [i] of apps.entries()) {
            const ready = await fetch(`http://127.0.0.1:${appPort + i}/health/ready`);
            expect(ready.status).toBe(200);
          }
        } finally {
          npm.kill('SIGTERM');
        }
        expect(await exited).toBe(0);

        const output = `${stdout}\n${stderr}`;
        expect(output).not.toMatch(/ exited \(/);
        const errors = jsonLines(output).filter(({ level }) => Number(level) >= 50);
        expect(errors).toEqual([]);
        // npm's own notices (a newer npm, say) are not the platform's.
        expect(
          stderr.split('\n').filter((line) => line.trim() && !line.startsWith('npm ')),
        ).toEqual([]);
        const brokerPid = Number(
          /local broker from Maven Central jars, pid (\d+)/.exec(stdout)?.[1],
        );
        expect(isAlive(brokerPid)).toBe(false);
        for (const [i] of apps.entries()) {
          await expect(fetch(`http://127.0.0.1:${appPort + i}/health/live`)).rejects.toThrow();
        }
      },
      STARTS_WITHIN_MS + 180_000,
    );
  });
});
