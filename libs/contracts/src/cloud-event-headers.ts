import { Type } from '@sinclair/typebox';
import { dateTime, id } from './events/fields';

// Header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode: the value is the
// event's data as JSON and every other attribute is a `ce_` header. Extension attribute names must
// be lowercase letters and digits (CloudEvents 1.0 §"Attribute Naming Convention").
export const CloudEventHeaders = {
  specVersion: 'ce_specversion',
  id: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  subject: 'ce_subject',
  time: 'ce_time',
  contentType: 'content-type',
  tenantId: 'ce_tenantid',
  streamVersion: 'ce_streamversion',
  globalPosition: 'ce_globalposition',
  schemaVersion: 'ce_schemaversion',
  correlationId: 'ce_correlationid',
  causationId: 'ce_causationid',
  // Not named in ARCHITECTURE.md, but without them the metadata would not survive the trip to Kafka.
  actorId: 'ce_actorid',
  commandId: 'ce_commandid',
  recordedAt: 'ce_recordedat',
} as const;

export const CLOUDEVENTS_SPEC_VERSION = '1.0';
export const EVENT_CONTENT_TYPE = 'application/json';

// Kafka headers are strings on the wire; numbers are decimal. 15 digits keep them safe JS integers.
const decimal = (description: string) =>
  Type.String({ pattern: '^(0|[1-9][0-9]{0,14})$', description });

/** JSON Schema of the headers of every feed message; other headers (tracing, say) may be present. */
export const CloudEventHeadersSchema = Type.Object(
  {
    ce_specversion: Type.Literal(CLOUDEVENTS_SPEC_VERSION, { description: 'CloudEvents version.' }),
    ce_id: Type.String({ format: 'uuid', description: 'The event id; deduplicate on it.' }),
    ce_type: Type.String({ pattern: '^[A-Z][A-Za-z0-9]{0,99}$', description: 'The event type.' }),
    ce_source: Type.String({ minLength: 1, maxLength: 200, description: 'The producing service.' }),
    ce_subject: Type.String({
      minLength: 1,
      maxLength: 300,
      description: 'The stream id (= key).',
    }),
    ce_time: dateTime('When the event occurred (`metadata.occurredAt`).'),
    'content-type': Type.Literal(EVENT_CONTENT_TYPE, { description: 'Media type of the value.' }),
    ce_tenantid: id('The tenant.'),
    ce_streamversion: decimal("The event's position in its stream."),
    ce_globalposition: Type.Optional(decimal("The event's position in the service's event table.")),
    ce_schemaversion: Type.String({ pattern: '^[1-9][0-9]{0,8}$', description: 'Shape of data.' }),
    ce_correlationid: id('Correlation id of the user action.'),
    ce_causationid: id('The command or event that caused this one.'),
    ce_actorid: id('Who caused the event.'),
    ce_commandid: id('Idempotency key of the command.'),
    ce_recordedat: Type.Optional(dateTime('When the event store stored the event.')),
  },
  { additionalProperties: true },
);
