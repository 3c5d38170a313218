import { prefixTopic, Topics } from '@lib/contracts';
import { kafkaClient, KafkaJsFeedProducer, KafkaJsTopicAdmin } from '@lib/kafka';
import { Pool } from 'pg';
import { EventRelay } from '../src/relay/event-relay';
import { feedRoute } from '../src/relay/feed-route';
import { PgEventStore } from '../src/postgres/pg-event-store';
import { feedUpcasters } from '../src/upcasting/feed-upcasters';

/**
 * A relay in a process of its own, so tests can kill it for real. Prints one JSON line per event:
 * `active` when it holds the lock, `acknowledged` after each batch Kafka acknowledged. With
 * RELAY_CRASH_AFTER_ACK set it kills itself right after the first acknowledgement, before the
 * checkpoint is stored.
 */
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const say = (event: string, extra: Record<string, unknown> = {}) =>
  void process.stdout.write(`${JSON.stringify({ event, ...extra })}\n`);

async function main() {
  const pool = new Pool({ connectionString: env('DATABASE_URL'), max: 3 });
  const store = new PgEventStore(pool, { schema: env('RELAY_SCHEMA'), upcasters: feedUpcasters });
  const kafka = kafkaClient({ brokers: env('KAFKA_BROKERS').split(','), clientId: 'org-service' });
  const topicPrefix = env('RELAY_TOPIC_PREFIX');
  const relay = new EventRelay(
    pool,
    store,
    new KafkaJsFeedProducer(kafka),
    new KafkaJsTopicAdmin(kafka),
    {
      name: 'org-service',
      topics: [{ topic: prefixTopic(topicPrefix, Topics.org), numPartitions: 3, retentionMs: -1 }],
      route: feedRoute({ source: 'org-service', topicPrefix }),
      batchSize: Number(process.env.RELAY_BATCH_SIZE ?? 500),
      pollIntervalMs: 200,
      standbyRetryMs: 200,
      log: (message) => {
        if (message.endsWith('is active')) say('active', { pid: process.pid });
      },
      afterAcknowledged: async (events) => {
        say('acknowledged', { pid: process.pid, count: events.length });
        if (process.env.RELAY_CRASH_AFTER_ACK) process.kill(process.pid, 'SIGKILL');
      },
    },
  );
  await relay.start();
  process.once(
    'SIGTERM',
    () =>
      void relay
        .stop()
        .then(() => pool.end())
        .then(() => process.exit(0)),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
