import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applications, buildApplications } from './apps';
import { type RunningApp, startApp, stopApps, waitUntilReady } from './app-processes';
import { DEMO_SIZE, DEMO_TENANT, seedDemoOrganisation } from './demo/seed-demo';
import { demoTokens, localAuthSecret, tokenLines } from './demo-tokens';
import { FIRST_LOOKS } from './demo/first-looks';
import { provideInfrastructure, type Infrastructure } from './infrastructure';
import { answers, createDatabase, redact, withDatabase } from './postgres';
import {
  platformKafkaData,
  PLATFORM_DATABASE,
  platformRaterKeyWrappingKey,
} from './platform-state';
import { cacheDir } from './process-utils';
import { kafkaVersion } from './kafka';

/**
 * `npm start`: brings up the infrastructure that is missing, builds the apps whose sources
 * changed, starts every app, seeds the demo organisation and prints where everything runs.
 * SIGINT (Ctrl-C) or SIGTERM stops the apps first and the infrastructure it started last.
 */
const FIRST_APP_PORT = Number(process.env.FIRST_APP_PORT ?? 3000);
const FIRST_TCP_PORT = Number(process.env.FIRST_TCP_PORT ?? 4000);
const GIVEN_SECRET = process.env.SERVICE_CREDENTIAL_SECRET;
const SEED_DEMO = process.env.DEMO !== 'off';
// Shared by the apps that call each other; a fresh one per run unless one is given.
const SERVICE_CREDENTIAL_SECRET = GIVEN_SECRET ?? randomBytes(32).toString('hex');

async function platformDatabase(infrastructure: Infrastructure): Promise<string> {
  const url = withDatabase(infrastructure.postgresUrl, PLATFORM_DATABASE);
  if (!(await answers(url))) await createDatabase(infrastructure.postgresUrl, PLATFORM_DATABASE);
  return url;
}

/** Earlier versions kept the default database's topics one folder up: keep using them. */
function adoptEarlierKafkaData(): void {
  const earlier = join(cacheDir(), 'kafka', 'platform-data', kafkaVersion());
  const now = platformKafkaData();
  if (PLATFORM_DATABASE !== 'leadership' || existsSync(now)) return;
  if (!existsSync(join(earlier, 'logs', 'meta.properties'))) return;
  mkdirSync(dirname(now), { recursive: true });
  renameSync(earlier, now);
}

class Platform {
  private infrastructure?: Infrastructure;
  private readonly apps: RunningApp[] = [];
  private stopping?: Promise<void>;

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  async start(): Promise<void> {
    const startedAt = Date.now();
    await buildApplications();
    adoptEarlierKafkaData();
    const kafkaPort = optionalPort(process.env.KAFKA_PORT) ?? 9092;
    this.infrastructure = await provideInfrastructure({
      // The platform's database outlives a run, so its topics must too: relays never publish twice.
      kafka: {
        port: kafkaPort,
        controllerPort: kafkaPort + 1,
        dataDir: platformKafkaData(),
        keepData: true,
      },
    });
    if (this.isStopping) return;
    const env = {
      DATABASE_URL: await platformDatabase(this.infrastructure),
      KAFKA_BROKERS: this.infrastructure.kafkaBrokers.join(','),
      SERVICE_CREDENTIAL_SECRET,
      RATER_KEY_WRAPPING_KEY: platformRaterKeyWrappingKey(),
      AUTH_SECRET: localAuthSecret(),
      ...commandServiceAddresses(),
      // Locally the demo's risk and load scores should show within half a minute, not five.
      REEVALUATE_INTERVAL_MS: process.env.REEVALUATE_INTERVAL_MS ?? '30000',
      // The seed tells three months of history at their business times; production cannot do this.
      ...(SEED_DEMO ? { COMMAND_CLOCK: 'seed' } : {}),
    };
    applications().forEach((app, i) => {
      const ports = { port: FIRST_APP_PORT + i, tcpPort: FIRST_TCP_PORT + i };
      this.apps.push(startApp(app, ports, env, () => this.isStopping));
    });
    await Promise.all(this.apps.map((app) => waitUntilReady(app, () => this.isStopping)));
    if (this.isStopping) return;
    if (SEED_DEMO) await this.seedDemo(env.DATABASE_URL);
    this.printWhereEverythingRuns(env.DATABASE_URL, Date.now() - startedAt);
    await this.printGateway(env.AUTH_SECRET);
  }

  private async printGateway(authSecret: string): Promise<void> {
    const gateway = this.apps.find(({ app }) => app === 'graphql-gateway');
    if (!gateway) return;
    console.log(`\nGraphQL: http://127.0.0.1:${gateway.port}/graphql (GraphiQL: /graphiql)`);
    const reporting = this.apps.find(({ app }) => app === 'admin-reporting');
    if (reporting)
      console.log(
        `Admin reporting: http://127.0.0.1:${reporting.port}/ (sign in at /sign-in with the admin's or the executive's token)`,
      );
    console.log('Bearer tokens of the demo users (npm run tokens prints them again):');
    for (const line of tokenLines(await demoTokens(authSecret))) console.log(`  ${line}`);
    if (!SEED_DEMO) return;
    console.log("Three things to look at first (paste into GraphiQL with that user's token):");
    FIRST_LOOKS.forEach(({ what, as, query }, i) => {
      console.log(`  ${i + 1}. ${what} (as ${as}):\n     ${query}`);
    });
  }

  private async seedDemo(databaseUrl: string): Promise<void> {
    const startedAt = Date.now();
    const seeded = await seedDemoOrganisation({
      services: this.apps.filter(takesCommands),
      secret: SERVICE_CREDENTIAL_SECRET,
      databaseUrl,
      kafkaBrokers: this.infrastructure!.kafkaBrokers,
    });
    const what = `${DEMO_SIZE.divisions} divisions, ${DEMO_SIZE.leaders} leaders, three months from ${seeded.startsAt.toISOString().slice(0, 10)}`;
    console.log(
      seeded.alreadySeeded
        ? `Demo organisation in tenant "${DEMO_TENANT}" seeded before (${what}, story version ${seeded.storyVersion}).`
        : `Demo organisation seeded in tenant "${DEMO_TENANT}" (${what}): ${seeded.commands} commands in ${Math.round((Date.now() - startedAt) / 1000)} s.`,
    );
  }

  /** Apps first, so none of them sees its broker or database go away; the infrastructure last. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      console.log('\nStopping…');
      await stopApps(this.apps);
      await this.infrastructure?.stop();
    })();
    return this.stopping;
  }

  private printWhereEverythingRuns(databaseUrl: string, tookMs: number): void {
    const infrastructure = this.infrastructure!;
    console.log(
      `\nThe leadership platform is running (started in ${Math.round(tookMs / 1000)} s):`,
    );
    for (const line of infrastructure.summary) console.log(`  ${line}`);
    console.log(`  platform database: ${redact(databaseUrl)}`);
    console.log(`  Kafka brokers: ${infrastructure.kafkaBrokers.join(',')}`);
    for (const { app, port, tcpPort } of this.apps) {
      const commands = takesCommands({ app }) ? `, commands on tcp://127.0.0.1:${tcpPort}` : '';
      console.log(
        `  ${app}: http://127.0.0.1:${port} (health: /health/ready, metrics: /metrics)${commands}`,
      );
    }
    if (this.apps.length === 0)
      console.log('  (no apps are built yet: only the infrastructure runs)');
    console.log(
      GIVEN_SECRET
        ? '  service credentials: signed with SERVICE_CREDENTIAL_SECRET from the environment'
        : '  service credentials: signed with a secret made for this run; export SERVICE_CREDENTIAL_SECRET (32+ characters) before npm start to choose it',
    );
    console.log('Press Ctrl-C to stop everything this command started.');
  }
}

/** Where the gateway reaches each command service: the TCP port `npm start` gives it. */
function commandServiceAddresses(): Record<string, string> {
  const addresses: Record<string, string> = {};
  applications().forEach((app, i) => {
    if (takesCommands({ app }))
      addresses[`${app.replace('-service', '').toUpperCase()}_SERVICE_ADDRESS`] =
        `127.0.0.1:${FIRST_TCP_PORT + i}`;
  });
  return addresses;
}

/** Command services take commands over TCP; projectors and the rest only serve HTTP. */
function takesCommands({ app }: { app: string }): boolean {
  return app.endsWith('-service');
}

function optionalPort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`KAFKA_PORT must be a port number (got "${value}")`);
  return port;
}

async function main(): Promise<void> {
  const platform = new Platform();
  // `on`, not `once`: a Ctrl-C reaches npm and this process alike, and npm passes it on again;
  // a repeated signal must not kill this process halfway through stopping.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void platform.stop().then(() => process.exit(0)));
  }
  try {
    await platform.start();
  } catch (error) {
    // A signal that stops the platform while it starts makes the start fail: that is no error.
    if (platform.isStopping) return;
    console.error(error instanceof Error ? error.message : error);
    await platform.stop();
    process.exit(1);
  }
}

void main();
