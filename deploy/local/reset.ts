import { rmSync } from 'node:fs';
import { resolvePostgres, dropDatabase } from './postgres';
import { platformKafkaData, PLATFORM_DATABASE, platformRaterKeyFile } from './platform-state';

/** `npm run platform:reset`: forgets everything `npm start` recorded (its database, its topics and its key). */
async function reset(): Promise<void> {
  const postgres = await resolvePostgres();
  try {
    await dropDatabase(postgres.url, PLATFORM_DATABASE);
  } finally {
    await postgres.stop();
  }
  rmSync(platformKafkaData(), { recursive: true, force: true });
  rmSync(platformRaterKeyFile(), { force: true });
  console.log(
    `Dropped database ${PLATFORM_DATABASE}, deleted ${platformKafkaData()} and its rater key wrapping key.`,
  );
}

reset().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
