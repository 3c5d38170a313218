import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { kafkaVersion } from './kafka';
import { cacheDir } from './process-utils';

/**
 * What `npm start` keeps between runs: the platform's database, its broker's topics and the key
 * that wraps the database's rater keys.
 */
export const PLATFORM_DATABASE = process.env.PLATFORM_DATABASE ?? 'leadership';

/**
 * The broker's topics go with the database: its relays' checkpoints say what the topics already
 * hold, so a database and a broker's data are kept, and forgotten, together.
 */
export function platformKafkaData(database = PLATFORM_DATABASE): string {
  return join(cacheDir(), 'kafka', 'platform-data', database, kafkaVersion());
}

export function platformRaterKeyFile(database = PLATFORM_DATABASE): string {
  return join(cacheDir(), 'platform-keys', database, 'rater-key-wrapping-key');
}

/**
 * The rater keys stored in the database open only with the key they were wrapped with, so it is
 * kept with the database (readable by its owner alone) unless RATER_KEY_WRAPPING_KEY is given.
 */
export function platformRaterKeyWrappingKey(database = PLATFORM_DATABASE): string {
  const given = process.env.RATER_KEY_WRAPPING_KEY;
  if (given) return given;
  const file = platformRaterKeyFile(database);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
