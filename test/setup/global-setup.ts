import { randomBytes } from 'node:crypto';
import { provideInfrastructure } from '../../deploy/local/infrastructure';
import { createDatabase, withDatabase } from '../../deploy/local/postgres';
import { type TestRun, currentTestRun, rememberTestRun } from './test-run';

/**
 * Brings up what the integration and e2e tiers need, once per jest run (both tiers share it).
 * Each run gets a database and a topic prefix of its own, so runs never see each other's data.
 */
export default async function globalSetup(): Promise<void> {
  if (currentTestRun()) return;
  const infrastructure = await provideInfrastructure({ log: (line) => console.log(`\n${line}`) });
  const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const database = `lp_test_${id}`;
  await createDatabase(infrastructure.postgresUrl, database);
  const run: TestRun = { id, database, infrastructure };
  rememberTestRun(run);

  process.env.DATABASE_URL = withDatabase(infrastructure.postgresUrl, database);
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers.join(',');
  process.env.TEST_RUN_ID = id;
  process.env.KAFKA_TOPIC_PREFIX = `test.${id}.`;
  console.log(
    `\nTest infrastructure:\n  ${infrastructure.summary.join('\n  ')}\n  database: ${database}`,
  );
}
