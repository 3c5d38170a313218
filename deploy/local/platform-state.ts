import { join } from 'node:path';
import { kafkaVersion } from './kafka';
import { cacheDir } from './process-utils';

/** What `npm start` keeps between runs: the platform's database and its broker's topics. */
export const PLATFORM_DATABASE = process.env.PLATFORM_DATABASE ?? 'leadership';

/**
 * The broker's topics go with the database: its relays' checkpoints say what the topics already
 * hold, so a database and a broker's data are kept, and forgotten, together.
 */
export function platformKafkaData(database = PLATFORM_DATABASE): string {
  return join(cacheDir(), 'kafka', 'platform-data', database, kafkaVersion());
}
