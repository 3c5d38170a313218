import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { applications, buildApplications, ROOT } from './apps';
import { seedDemoOrganisation } from './demo-organisation';
import { provideInfrastructure, type Infrastructure } from './infrastructure';
import { answers, createDatabase, withDatabase } from './postgres';
import { platformKafkaData, PLATFORM_DATABASE } from './platform-state';
import { waitUntil } from './process-utils';

/**
 * `npm start`: brings up the infrastructure that is missing, builds and starts every app of the
 * monorepo, and prints their URLs. Ctrl-C stops everything it started.
 */
const FIRST_APP_PORT = Number(process.env.FIRST_APP_PORT ?? 3000);
const FIRST_TCP_PORT = Number(process.env.FIRST_TCP_PORT ?? 4000);
// Shared by the apps that call each other; a fresh one per run unless one is given.
const SERVICE_CREDENTIAL_SECRET =
  process.env.SERVICE_CREDENTIAL_SECRET ?? randomBytes(32).toString('hex');

export interface RunningApp {
  app: string;
  port: number;
  tcpPort: number;
  child: ChildProcess;
}

async function platformDatabase(infrastructure: Infrastructure): Promise<string> {
  const url = withDatabase(infrastructure.postgresUrl, PLATFORM_DATABASE);
  if (!(await answers(url))) await createDatabase(infrastructure.postgresUrl, PLATFORM_DATABASE);
  return url;
}

function startApp(
  name: string,
  port: number,
  tcpPort: number,
  env: NodeJS.ProcessEnv,
): ChildProcess {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', name, 'main.js')], {
    env: { ...process.env, ...env, PORT: String(port), TCP_PORT: String(tcpPort) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`${name} exited (${signal ?? code})`);
  });
  return child;
}

let stopping = false;

async function main(): Promise<void> {
  const apps = applications();
  await buildApplications();
  const infrastructure = await provideInfrastructure({
    // The platform's database outlives a run, so its topics must too: relays never publish twice.
    kafka: {
      port: optionalPort(process.env.KAFKA_PORT) ?? 9092,
      controllerPort: (optionalPort(process.env.KAFKA_PORT) ?? 9092) + 1,
      dataDir: platformKafkaData(),
      keepData: true,
    },
  });
  const children: RunningApp[] = [];
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await Promise.all(children.map(({ child }) => stopChild(child)));
    await infrastructure.stop();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(0)));
  try {
    const env = {
      DATABASE_URL: await platformDatabase(infrastructure),
      KAFKA_BROKERS: infrastructure.kafkaBrokers.join(','),
      SERVICE_CREDENTIAL_SECRET,
      // Locally the demo's risk and load scores should show within half a minute, not five.
      REEVALUATE_INTERVAL_MS: process.env.REEVALUATE_INTERVAL_MS ?? '30000',
    };
    apps.forEach((app, i) => {
      const port = FIRST_APP_PORT + i;
      const tcpPort = FIRST_TCP_PORT + i;
      children.push({ app, port, tcpPort, child: startApp(app, port, tcpPort, env) });
    });
    await Promise.all(children.map(waitUntilReady));
    if (process.env.DEMO !== 'off') {
      const services = children.filter(({ app }) => takesCommands(app));
      await seedDemoOrganisation(services, SERVICE_CREDENTIAL_SECRET);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  printWhereEverythingRuns(infrastructure, children);
}

function printWhereEverythingRuns(infrastructure: Infrastructure, children: RunningApp[]): void {
  console.log('\nThe leadership platform is running:');
  for (const line of infrastructure.summary) console.log(`  ${line}`);
  console.log(`  database: ${PLATFORM_DATABASE}`);
  for (const { app, port, tcpPort } of children) {
    const commands = takesCommands(app) ? `, commands on tcp://127.0.0.1:${tcpPort}` : '';
    console.log(
      `  ${app}: http://127.0.0.1:${port} (health: /health/ready, metrics: /metrics)${commands}`,
    );
  }
  if (children.length === 0) console.log('  (no apps are built yet: only the infrastructure runs)');
  console.log('Press Ctrl-C to stop everything this command started.');
}

async function waitUntilReady({ app, port, child }: RunningApp): Promise<void> {
  const ready = await waitUntil(
    120_000,
    async () => {
      if (child.exitCode !== null) throw new Error(`${app} exited while starting`);
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
      return response?.ok ?? false;
    },
    500,
  );
  if (!ready) throw new Error(`${app} was not ready within two minutes`);
}

/** Command services take commands over TCP; projectors and the rest only serve HTTP. */
function takesCommands(app: string): boolean {
  return app.endsWith('-service');
}

function optionalPort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`KAFKA_PORT must be a port number (got "${value}")`);
  return port;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
