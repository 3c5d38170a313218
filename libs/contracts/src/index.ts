// The public contract of the Kafka event feed: topics, the envelope and its CloudEvents headers,
// one schema per event type, and the AsyncAPI document generated from them.
export {
  Topics,
  TopicOwners,
  prefixTopic,
  prefixTopics,
  type Topic,
  type TopicName,
} from './topics';
export { EventMetadataSchema, type EventEnvelope, type EventMetadata } from './envelope';
export {
  CLOUDEVENTS_SPEC_VERSION,
  CloudEventHeaders,
  CloudEventHeadersSchema,
  EVENT_CONTENT_TYPE,
} from './cloud-event-headers';
export {
  InvalidCloudEventError,
  fromCloudEventMessage,
  toCloudEventHeaders,
  toCloudEventMessage,
  type CloudEventMessage,
  type KafkaHeaderValue,
  type KafkaHeaders,
  type ReceivedCloudEvent,
} from './cloud-events';
export {
  PERSONAL_DATA_KEYWORD,
  type ValidationIssue,
  type ValidationResult,
  type Validator,
} from './validation';
export {
  defineEvent,
  type Aggregate,
  type EventData,
  type EventDefinition,
  type EventSpec,
  type ExamplesOf,
  type SchemaVersion,
} from './events/define-event';
export * from './events/vocabulary';
export * from './events/org.events';
export * from './events/peer.events';
export * from './events/strategy.events';
export * from './events/assessment.events';
export {
  eventDefinitions,
  eventDefinitionsOf,
  eventExamples,
  findEventDefinition,
  validateEventData,
  type FeedEvent,
  type FeedEventData,
  type FeedEventDefinition,
  type FeedEventEnvelope,
  type FeedEventOf,
  type FeedEventType,
} from './events';
export {
  FEED_VERSION,
  generateAsyncApi,
  type AsyncApiDocument,
} from './asyncapi/generate-asyncapi';
