import { rmSync } from 'node:fs';
import { resolvePostgres, dropDatabase } from './postgres';
import { platformKafkaData, PLATFORM_DATABASE } from './platform-state';

/** `npm run platform:reset`: forgets everything `npm start` recorded (its database and its topics). */
async function reset(): Promise<void> {
  const postgres = await resolvePostgres();
  try {
    await dropDatabase(postgres.url, PLATFORM_DATABASE);
  } finally {
    await postgres.stop();
  }
  rmSync(platformKafkaData(), { recursive: true, force: true });
  console.log(`Dropped database ${PLATFORM_DATABASE} and deleted ${platformKafkaData()}.`);
}

reset().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
