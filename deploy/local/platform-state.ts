import { join } from 'node:path';
import { kafkaVersion } from './kafka';
import { cacheDir } from './process-utils';

/** What `npm start` keeps between runs: the platform's database and its broker's topics. */
export const PLATFORM_DATABASE = process.env.PLATFORM_DATABASE ?? 'leadership';

export function platformKafkaData(): string {
  return join(cacheDir(), 'kafka', 'platform-data', kafkaVersion());
}
