import { spawnSync } from 'node:child_process';
import { kafkaVersion, startKafkaBroker } from './kafka';
import { redact, resolvePostgres, type PostgresServer } from './postgres';

export interface Infrastructure {
  /** The PostgreSQL server's maintenance database URL. */
  readonly postgresUrl: string;
  readonly kafkaBrokers: string[];
  /** One line per service: where it runs and where it came from. */
  readonly summary: string[];
  /** Stops what was started here; leaves alone what was already running. */
  stop(): Promise<void>;
}

export type InfrastructureMode = 'local' | 'containers';

interface Started {
  summary: string;
  stop(): Promise<void>;
}

/**
 * Uses DATABASE_URL and KAFKA_BROKERS when set and starts whatever is missing: with
 * INFRASTRUCTURE=local (the default where Java and Maven exist) a Kafka broker from Apache
 * Kafka's jars and, with no PostgreSQL answering, an embedded one; with INFRASTRUCTURE=containers
 * (the default where only a Docker engine exists) testcontainers.
 */
export interface InfrastructureOptions {
  /** The local broker's ports; free ones when not given. */
  kafka?: { port?: number; controllerPort?: number; dataDir?: string; keepData?: boolean };
  log?: (line: string) => void;
}

export async function provideInfrastructure(
  options: InfrastructureOptions = {},
): Promise<Infrastructure> {
  const log = options.log ?? ((line: string) => console.log(line));
  // Only what is missing needs a way to start it: with both URLs set, no Java or Docker is needed.
  const everythingGiven = Boolean(
    process.env.DATABASE_URL?.trim() && process.env.KAFKA_BROKERS?.trim(),
  );
  const mode = everythingGiven ? 'local' : infrastructureMode();
  const started: Started[] = [];
  try {
    const postgres =
      mode === 'containers' && !process.env.DATABASE_URL
        ? await postgresContainer()
        : await resolvePostgres(log);
    started.push({
      summary: `PostgreSQL: ${redact(postgres.url)} (${postgres.origin})`,
      stop: () => postgres.stop(),
    });
    const kafka = await provideKafka(mode, options.kafka ?? {}, log);
    started.push(kafka);
    return {
      postgresUrl: postgres.url,
      kafkaBrokers: kafka.brokers,
      summary: started.map((s) => s.summary),
      stop: () => stopAll(started),
    };
  } catch (error) {
    await stopAll(started);
    throw error;
  }
}

export function infrastructureMode(): InfrastructureMode {
  const chosen = process.env.INFRASTRUCTURE?.trim();
  if (chosen === 'local' || chosen === 'containers') return chosen;
  if (chosen) throw new Error(`INFRASTRUCTURE must be "local" or "containers" (got "${chosen}")`);
  if (onPath('java') && onPath('mvn')) return 'local';
  if (onPath('docker')) return 'containers';
  throw new Error(
    'No Kafka broker: set KAFKA_BROKERS, or install Java 17+ and Maven (local broker), or Docker (testcontainers)',
  );
}

async function provideKafka(
  mode: InfrastructureMode,
  local: NonNullable<InfrastructureOptions['kafka']>,
  log: (line: string) => void,
): Promise<Started & { brokers: string[] }> {
  const fromEnv = process.env.KAFKA_BROKERS?.trim();
  if (fromEnv) {
    return {
      brokers: fromEnv.split(','),
      summary: `Kafka: ${fromEnv} (KAFKA_BROKERS)`,
      stop: async () => undefined,
    };
  }
  if (mode === 'containers') return kafkaContainer();
  const broker = await startKafkaBroker({ ...local, log: (line) => log(`[kafka] ${line}`) });
  return {
    brokers: broker.brokers,
    summary: `Kafka ${broker.version}: ${broker.brokers.join(',')} (local broker from Maven Central jars, pid ${broker.pid})`,
    // Kept data stays for the next start; a throwaway folder goes with the broker.
    stop: () => (local.keepData ? broker.stop() : broker.destroy()),
  };
}

async function kafkaContainer(): Promise<Started & { brokers: string[] }> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const container = await new KafkaContainer(
    `confluentinc/cp-kafka:${confluentImageFor(kafkaVersion())}`,
  )
    .withKraft()
    .start();
  const brokers = [`${container.getHost()}:${container.getMappedPort(9093)}`];
  return {
    brokers,
    summary: `Kafka: ${brokers[0]} (testcontainers)`,
    stop: async () => void (await container.stop()),
  };
}

async function postgresContainer(): Promise<PostgresServer> {
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer('postgres:15-alpine')
    .withDatabase('postgres')
    .start();
  return {
    url: container.getConnectionUri(),
    origin: 'embedded',
    stop: async () => void (await container.stop()),
  };
}

/** Confluent Platform 7.9 ships Kafka 3.9; 8.0 ships Kafka 4.0. */
function confluentImageFor(version: string): string {
  return version.startsWith('3.') ? '7.9.0' : '8.0.0';
}

async function stopAll(started: Started[]): Promise<void> {
  for (const service of [...started].reverse())
    await service.stop().catch((error) => console.error(error));
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}
