import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { applications, buildApplications, ROOT } from './apps';
import { provideInfrastructure, type Infrastructure } from './infrastructure';
import { answers, createDatabase, withDatabase } from './postgres';

/**
 * `npm start`: brings up the infrastructure that is missing, builds and starts every app of the
 * monorepo, and prints their URLs. Ctrl-C stops everything it started.
 */
const FIRST_APP_PORT = Number(process.env.FIRST_APP_PORT ?? 3000);
const DATABASE = process.env.PLATFORM_DATABASE ?? 'leadership';

async function platformDatabase(infrastructure: Infrastructure): Promise<string> {
  const url = withDatabase(infrastructure.postgresUrl, DATABASE);
  if (!(await answers(url))) await createDatabase(infrastructure.postgresUrl, DATABASE);
  return url;
}

function startApp(name: string, port: number, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', name, 'main.js')], {
    env: { ...process.env, ...env, PORT: String(port) },
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
    kafkaPort: optionalPort(process.env.KAFKA_PORT),
  });
  const databaseUrl = await platformDatabase(infrastructure);
  const env = { DATABASE_URL: databaseUrl, KAFKA_BROKERS: infrastructure.kafkaBrokers.join(',') };
  const children = apps.map((app, i) => ({
    app,
    port: FIRST_APP_PORT + i,
    child: startApp(app, FIRST_APP_PORT + i, env),
  }));

  console.log('\nThe leadership platform is running:');
  for (const line of infrastructure.summary) console.log(`  ${line}`);
  console.log(`  database: ${DATABASE}`);
  for (const { app, port } of children)
    console.log(`  ${app}: http://127.0.0.1:${port} (health: /health/ready, metrics: /metrics)`);
  if (apps.length === 0) console.log('  (no apps are built yet: only the infrastructure runs)');
  console.log('Press Ctrl-C to stop everything this command started.');

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await Promise.all(children.map(({ child }) => stopChild(child)));
    await infrastructure.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
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
