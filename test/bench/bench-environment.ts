import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { Kafka, logLevel } from 'kafkajs';
import { provideInfrastructure, type Infrastructure } from '../../deploy/local/infrastructure';
import { createDatabase, dropDatabase, withDatabase } from '../../deploy/local/postgres';

/** What a benchmark runs against: a database and a topic prefix of its own, on real servers. */
export interface BenchEnvironment {
  readonly databaseUrl: string;
  readonly kafkaBrokers: string[];
  /** Every topic a benchmark creates starts with it, so the teardown can delete exactly those. */
  readonly topicPrefix: string;
  readonly summary: string[];
  /** Drops the database and the topics, stops what was started; safe to call twice. */
  close(): Promise<void>;
}

/**
 * DATABASE_URL and KAFKA_BROKERS when both are set; otherwise provideInfrastructure() starts
 * what is missing (a local broker from the Maven jars, the machine's PostgreSQL).
 */
export async function openBenchEnvironment(log: (line: string) => void): Promise<BenchEnvironment> {
  const infrastructure = (await fromEnvironment()) ?? (await provideInfrastructure({ log }));
  const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const database = `lp_bench_${id}`;
  const topicPrefix = `bench.${id}.`;
  try {
    await createDatabase(infrastructure.postgresUrl, database);
  } catch (error) {
    await infrastructure.stop();
    throw error;
  }
  let closing: Promise<void> | undefined;
  const close = async () => {
    await deleteTopics(infrastructure.kafkaBrokers, topicPrefix).catch((error) =>
      console.error(`could not delete the ${topicPrefix}* topics`, error),
    );
    await dropDatabase(infrastructure.postgresUrl, database).catch((error) =>
      console.error(`could not drop the database ${database}`, error),
    );
    await infrastructure.stop();
  };
  return {
    databaseUrl: withDatabase(infrastructure.postgresUrl, database),
    kafkaBrokers: infrastructure.kafkaBrokers,
    topicPrefix,
    summary: [
      ...infrastructure.summary,
      `database: ${database}, topics: ${topicPrefix}*`,
      `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
    ],
    close: () => (closing ??= close()),
  };
}

async function fromEnvironment(): Promise<Infrastructure | undefined> {
  const postgresUrl = process.env.DATABASE_URL?.trim();
  const brokers = process.env.KAFKA_BROKERS?.trim();
  if (!postgresUrl || !brokers) return undefined;
  return {
    postgresUrl,
    kafkaBrokers: brokers.split(','),
    summary: [`PostgreSQL: DATABASE_URL`, `Kafka: ${brokers} (KAFKA_BROKERS)`],
    stop: async () => undefined,
  };
}

async function deleteTopics(brokers: string[], prefix: string): Promise<void> {
  const admin = new Kafka({ brokers, clientId: 'bench-admin', logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}
