import { CloudEventHeaders, EVENT_CONTENT_TYPE } from '../cloud-event-headers';
import type { EventDefinition, SchemaVersion } from '../events/define-event';
import { TopicOwners, Topics, type TopicName } from '../topics';

// The AsyncAPI message of each (event type, schema version): payload = the data's JSON Schema,
// headers = the CloudEvents headers pinned to that type and version, Kafka key = the stream id.

export const KAFKA_BINDING_VERSION = '0.5.0';
export const HEADERS_SCHEMA = 'CloudEventHeaders';
export const CORRELATION_ID = 'correlationId';

export interface FeedMessage {
  /** The message id in the document: the type for its current shape, `Type.vN` for older ones. */
  readonly id: string;
  readonly topicName: TopicName;
  readonly message: object;
}

/** The messages of one event type; `example` is a value of its current shape. */
export function feedMessagesOf(definition: EventDefinition, example: unknown): FeedMessage[] {
  const topicName = topicNameOf(definition);
  const current: FeedMessage = {
    id: definition.type,
    topicName,
    message: {
      ...toMessage(definition, definition, topicName),
      examples: [{ name: definition.type, summary: definition.description, payload: example }],
    },
  };
  const previous = definition.previousVersions.map((version) => ({
    id: `${definition.type}.v${version.schemaVersion}`,
    topicName,
    message: toMessage(definition, version, topicName),
  }));
  return [current, ...previous];
}

function toMessage(definition: EventDefinition, version: SchemaVersion, topicName: TopicName) {
  const { type, aggregate, description, schemaVersion: currentVersion } = definition;
  const isCurrent = version.schemaVersion === currentVersion;
  return {
    name: type,
    title: isCurrent ? type : `${type} (schema version ${version.schemaVersion})`,
    summary: description,
    description: isCurrent
      ? `Schema version ${currentVersion}. Published by ${TopicOwners[topicName]}.`
      : 'An older shape that stays on the topic, which keeps every event: map it to schema ' +
        `version ${currentVersion} as the summary says.`,
    contentType: EVENT_CONTENT_TYPE,
    tags: [{ name: aggregate }],
    correlationId: { $ref: `#/components/correlationIds/${CORRELATION_ID}` },
    headers: headersOf(type, version.schemaVersion),
    payload: { $ref: `#/components/schemas/${schemaNameOf(type, version.schemaVersion)}` },
    bindings: {
      kafka: {
        key: {
          type: 'string',
          description: `The stream id of the ${aggregate}; equal to ce_subject.`,
        },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}

/** The name of one shape's payload schema under `components.schemas`. */
export function schemaNameOf(type: string, schemaVersion: number): string {
  return `${type}.v${schemaVersion}`;
}

// The shared header schema, with the two headers that tell a consumer which schema reads the value.
function headersOf(type: string, schemaVersion: number): object {
  return {
    type: 'object',
    allOf: [{ $ref: `#/components/schemas/${HEADERS_SCHEMA}` }],
    properties: {
      [CloudEventHeaders.type]: { type: 'string', const: type },
      [CloudEventHeaders.schemaVersion]: { type: 'string', const: String(schemaVersion) },
    },
  };
}

function topicNameOf(definition: EventDefinition): TopicName {
  const names = Object.keys(Topics) as TopicName[];
  const name = names.find((candidate) => Topics[candidate] === definition.topic);
  if (!name) throw new Error(`${definition.type}: ${definition.topic} is not a feed topic`);
  return name;
}
