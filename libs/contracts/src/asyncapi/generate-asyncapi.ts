import { CloudEventHeaders, CloudEventHeadersSchema } from '../cloud-event-headers';
import { eventDefinitions, eventExamples } from '../events';
import { TopicOwners, Topics, type TopicName } from '../topics';
import {
  CORRELATION_ID,
  HEADERS_SCHEMA,
  KAFKA_BINDING_VERSION,
  feedMessagesOf,
  schemaNameOf,
  type FeedMessage,
} from './feed-messages';

// The AsyncAPI 3.0 document of the feed, derived from the event definitions so that it cannot drift
// from them. `npm run contracts:asyncapi` writes it to libs/contracts/asyncapi.json; a spec fails
// when the checked-in file is stale.

/** A plain JSON document with its keys sorted, so that regenerating it gives a minimal diff. */
export type AsyncApiDocument = { readonly asyncapi: string } & Readonly<Record<string, unknown>>;

/** Version of the feed contract: minor for a new event type or schema version, major for a new topic. */
export const FEED_VERSION = '1.0.0';

const DESCRIPTION = `Events of the leadership platform: peer requests and their answers, presentations,
mutual themes, strategic projects, the support they need from other divisions, and how divisions rank
their work. One topic per command service; topics keep every event (retention.ms = -1), so any
consumer can rebuild its state from offset 0.

Each message follows the CloudEvents 1.0 Kafka binding in binary mode: the value is the event's data
as JSON, the headers carry the envelope (ce_id is the event id, ce_subject the stream id, ce_time
when it occurred). The key is the stream id, so one aggregate's events keep their order.

Delivery is at least once: deduplicate on ce_id. ce_type and ce_schemaversion select the schema of
the value; a type's older schema versions stay on the topic, listed as their own messages.`;

export function generateAsyncApi(): AsyncApiDocument {
  const messages = eventDefinitions.flatMap((definition) =>
    feedMessagesOf(definition, eventExamples[definition.type]),
  );
  const topicNames = Object.keys(Topics) as TopicName[];
  return sortKeys({
    asyncapi: '3.0.0',
    info: {
      title: 'Leadership platform event feed',
      version: FEED_VERSION,
      description: DESCRIPTION,
    },
    defaultContentType: 'application/json',
    servers: {
      local: {
        host: 'localhost:9092',
        protocol: 'kafka',
        description: 'The broker of `npm run kafka:start` (port KAFKA_PORT, 9092 by default).',
      },
    },
    channels: Object.fromEntries(topicNames.map((name) => [name, channel(name, messages)])),
    operations: Object.fromEntries(
      topicNames.map((name) => [operationId(name), operation(name, messages)]),
    ),
    components: {
      schemas: {
        [HEADERS_SCHEMA]: CloudEventHeadersSchema,
        ...Object.fromEntries(eventDefinitions.flatMap(schemasOf)),
      },
      messages: Object.fromEntries(messages.map(({ id, message }) => [id, message])),
      correlationIds: {
        [CORRELATION_ID]: {
          description: 'Shared by every event one user action caused, across services.',
          location: `$message.header#/${CloudEventHeaders.correlationId}`,
        },
      },
    },
  }) as AsyncApiDocument;
}

function channel(name: TopicName, messages: readonly FeedMessage[]): object {
  return {
    address: Topics[name],
    title: `The ${name} context`,
    description: `Every event of the ${name} context, published by ${TopicOwners[name]}.`,
    messages: Object.fromEntries(
      messagesOf(name, messages).map(({ id }) => [id, { $ref: `#/components/messages/${id}` }]),
    ),
    bindings: {
      kafka: {
        topic: Topics[name],
        topicConfiguration: { 'cleanup.policy': ['delete'], 'retention.ms': -1 },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}

function operation(name: TopicName, messages: readonly FeedMessage[]): object {
  return {
    action: 'send',
    channel: { $ref: `#/channels/${name}` },
    title: `${TopicOwners[name]} publishes its events`,
    description:
      `${TopicOwners[name]} appends each event to its event store, then relays it here in order: ` +
      'a crash can repeat a message, never lose one.',
    messages: messagesOf(name, messages).map(({ id }) => ({
      $ref: `#/channels/${name}/messages/${id}`,
    })),
  };
}

function operationId(name: TopicName): string {
  return `publish${name[0].toUpperCase()}${name.slice(1)}Events`;
}

function messagesOf(name: TopicName, messages: readonly FeedMessage[]): readonly FeedMessage[] {
  return messages.filter((message) => message.topicName === name);
}

function schemasOf(definition: (typeof eventDefinitions)[number]): [string, object][] {
  return [definition, ...definition.previousVersions].map(({ schemaVersion, schema }) => [
    schemaNameOf(definition.type, schemaVersion),
    schema,
  ]);
}

// Object.keys skips symbols, so this also drops TypeBox's internal markers from the schemas.
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
}
