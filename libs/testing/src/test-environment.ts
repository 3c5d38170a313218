import { randomBytes } from 'node:crypto';

/** Set by the integration and e2e global setup (test/setup/global-setup.ts). */
export function testEnvironment(): {
  databaseUrl: string;
  kafkaBrokers: string[];
  topicPrefix: string;
} {
  const databaseUrl = required('DATABASE_URL');
  const kafkaBrokers = required('KAFKA_BROKERS').split(',');
  return { databaseUrl, kafkaBrokers, topicPrefix: process.env.KAFKA_TOPIC_PREFIX ?? 'test.' };
}

/** A name no other test file or run uses: a topic, a consumer group, a schema. */
export function uniqueName(base: string): string {
  const prefix = process.env.KAFKA_TOPIC_PREFIX ?? 'test.';
  return `${prefix}${base}.${randomBytes(4).toString('hex')}`;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run this test through jest's integration or e2e project`);
  return value;
}
