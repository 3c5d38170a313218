import { randomUUID } from 'node:crypto';
import { prefixTopic, Topics } from '@lib/contracts';
import { kafkaClient, KafkaJsFeedProducer, KafkaJsTopicAdmin, type TopicSpec } from '@lib/kafka';
import { testEnvironment, uniqueName } from '@lib/testing';
import { Kafka, logLevel, type Consumer, type KafkaMessage } from 'kafkajs';
import { Pool } from 'pg';
import { type EventRelayOptions, EventRelay } from '../src/relay/event-relay';
import { feedRoute } from '../src/relay/feed-route';
import type { NewEvent } from '../src/event-store';
import { migrateEventStore } from '../src/postgres/migrations';
import { PgEventStore } from '../src/postgres/pg-event-store';
import { feedUpcasters } from '../src/upcasting/feed-upcasters';
import { newEvent, uniqueSchema } from './event-factory';

export interface ReceivedMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
  partition: number;
  offset: string;
}

/** A relay over a schema and topics of their own, and a bare kafkajs consumer reading them back. */
export class RelayHarness {
  readonly env = testEnvironment();
  readonly pool = new Pool({ connectionString: this.env.databaseUrl, max: 10 });
  readonly schema = uniqueSchema('relay');
  readonly store = new PgEventStore(this.pool, { schema: this.schema, upcasters: feedUpcasters });
  readonly topicPrefix = `${uniqueName('relay')}.`;
  readonly orgTopic = prefixTopic(this.topicPrefix, Topics.org);
  readonly topics: TopicSpec[] = [{ topic: this.orgTopic, numPartitions: 3, retentionMs: -1 }];
  readonly received: ReceivedMessage[] = [];
  private readonly relays: EventRelay[] = [];
  private consumer?: Consumer;

  async setUp(): Promise<void> {
    await migrateEventStore(this.pool, this.schema);
    await new KafkaJsTopicAdmin(
      kafkaClient({ brokers: this.env.kafkaBrokers, clientId: 'relay-test' }),
    ).ensureTopics(this.topics);
  }

  relay(overrides: Partial<EventRelayOptions> = {}): EventRelay {
    const kafka = kafkaClient({ brokers: this.env.kafkaBrokers, clientId: 'org-service' });
    const relay = new EventRelay(
      this.pool,
      this.store,
      new KafkaJsFeedProducer(kafka),
      new KafkaJsTopicAdmin(kafka),
      {
        name: 'org-service',
        topics: this.topics,
        route: feedRoute({ source: 'org-service', topicPrefix: this.topicPrefix }),
        pollIntervalMs: 200,
        standbyRetryMs: 200,
        ...overrides,
      },
    );
    this.relays.push(relay);
    return relay;
  }

  /** A plain kafkajs consumer, as any customer would run: it knows nothing of our code. */
  async consume(): Promise<void> {
    const kafka = new Kafka({
      brokers: this.env.kafkaBrokers,
      clientId: 'plain-consumer',
      logLevel: logLevel.NOTHING,
    });
    this.consumer = kafka.consumer({ groupId: uniqueName('plain-consumer') });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.orgTopic, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ message, partition }) =>
        void this.received.push(toReceived(message, partition)),
    });
  }

  async tearDown(): Promise<void> {
    await Promise.all(this.relays.map((relay) => relay.stop().catch(() => undefined)));
    await this.consumer?.disconnect();
    await this.pool.query(`DROP SCHEMA ${this.schema} CASCADE`);
    await this.pool.end();
  }
}

export function leaderRegistered(leaderId = `leader-${randomUUID()}`): NewEvent {
  return newEvent('LeaderRegistered', {
    leaderId,
    divisionId: 'division-finance',
    name: 'Ada Lovelace',
    level: 'senior',
  });
}

export function leaderCapacityDeclared(leaderId: string, maxOpen: number): NewEvent {
  return newEvent('LeaderCapacityDeclared', { leaderId, divisionId: 'division-finance', maxOpen });
}

function toReceived(message: KafkaMessage, partition: number): ReceivedMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = String(value);
  return {
    key: String(message.key),
    value: String(message.value),
    headers,
    partition,
    offset: message.offset,
  };
}
