import type { Static } from '@sinclair/typebox';
import {
  CLOUDEVENTS_SPEC_VERSION,
  CloudEventHeaders as H,
  CloudEventHeadersSchema,
  EVENT_CONTENT_TYPE,
} from './cloud-event-headers';
import type { EventEnvelope } from './envelope';
import { compileValidator, type ValidationIssue } from './validation';

/** Header values as Kafka clients hand them over (kafkajs: `Buffer | string | (Buffer | string)[]`). */
export type KafkaHeaderValue = string | Uint8Array | readonly (string | Uint8Array)[] | undefined;
export type KafkaHeaders = Readonly<Record<string, KafkaHeaderValue>>;

/** What a producer sends: key = stream id (per-aggregate order), value = data as JSON. */
export interface CloudEventMessage {
  readonly key: string;
  readonly value: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface ReceivedCloudEvent {
  /** The service that published it (`ce_source`). */
  readonly source: string;
  readonly envelope: EventEnvelope;
}

/** A message that is not a feed event: a consumer should park it rather than guess. */
export class InvalidCloudEventError extends Error {
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(`not a valid feed event: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
    this.name = 'InvalidCloudEventError';
  }
}

type DecodedHeaders = Static<typeof CloudEventHeadersSchema>;
const validateHeaders = compileValidator<DecodedHeaders>(CloudEventHeadersSchema);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The headers need everything but the data, so a relay holding the data as text can call it too. */
export function toCloudEventHeaders(
  envelope: Omit<EventEnvelope, 'data'>,
  source: string,
): Record<string, string> {
  const { metadata } = envelope;
  return {
    [H.specVersion]: CLOUDEVENTS_SPEC_VERSION,
    [H.id]: envelope.eventId,
    [H.type]: envelope.type,
    [H.source]: source,
    [H.subject]: envelope.streamId,
    [H.time]: metadata.occurredAt,
    [H.contentType]: EVENT_CONTENT_TYPE,
    [H.tenantId]: metadata.tenantId,
    [H.streamVersion]: String(envelope.streamVersion),
    [H.schemaVersion]: String(envelope.schemaVersion),
    [H.correlationId]: metadata.correlationId,
    [H.causationId]: metadata.causationId,
    [H.actorId]: metadata.actorId,
    [H.commandId]: metadata.commandId,
    ...(envelope.globalPosition === undefined
      ? {}
      : { [H.globalPosition]: String(envelope.globalPosition) }),
    ...(metadata.recordedAt === undefined ? {} : { [H.recordedAt]: metadata.recordedAt }),
  };
}

export function toCloudEventMessage(envelope: EventEnvelope, source: string): CloudEventMessage {
  return {
    key: envelope.streamId,
    value: JSON.stringify(envelope.data),
    headers: toCloudEventHeaders(envelope, source),
  };
}

/** The envelope back from a consumed message; throws `InvalidCloudEventError` naming every problem. */
export function fromCloudEventMessage(
  headers: KafkaHeaders,
  value: Uint8Array | string | null,
): ReceivedCloudEvent {
  const decoded = decodeHeaders(headers);
  const checked = validateHeaders(decoded);
  if (!checked.ok) throw new InvalidCloudEventError(checked.errors);
  return { source: checked.data.ce_source, envelope: toEnvelope(checked.data, parseData(value)) };
}

function toEnvelope(headers: DecodedHeaders, data: unknown): EventEnvelope {
  return {
    eventId: headers.ce_id,
    type: headers.ce_type,
    schemaVersion: Number(headers.ce_schemaversion),
    streamId: headers.ce_subject,
    streamVersion: Number(headers.ce_streamversion),
    ...(headers.ce_globalposition === undefined
      ? {}
      : { globalPosition: Number(headers.ce_globalposition) }),
    data,
    metadata: {
      tenantId: headers.ce_tenantid,
      actorId: headers.ce_actorid,
      correlationId: headers.ce_correlationid,
      causationId: headers.ce_causationid,
      commandId: headers.ce_commandid,
      occurredAt: headers.ce_time,
      ...(headers.ce_recordedat === undefined ? {} : { recordedAt: headers.ce_recordedat }),
    },
  };
}

function decodeHeaders(headers: KafkaHeaders): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined) continue;
    const values = typeof raw === 'string' || raw instanceof Uint8Array ? [raw] : raw;
    // A repeated CloudEvents attribute has no single meaning; other repeated headers are not ours.
    if (values.length !== 1) {
      if (name.startsWith('ce_') || name === H.contentType) {
        throw new InvalidCloudEventError([{ path: `/${name}`, message: 'must appear once' }]);
      }
      continue;
    }
    decoded[name] = decodeText(values[0], `/${name}`);
  }
  return decoded;
}

function parseData(value: Uint8Array | string | null): unknown {
  if (value === null) {
    throw new InvalidCloudEventError([{ path: '', message: 'has no value (a tombstone?)' }]);
  }
  try {
    return JSON.parse(decodeText(value, ''));
  } catch (error) {
    if (error instanceof InvalidCloudEventError) throw error;
    throw new InvalidCloudEventError([
      { path: '', message: `value is not JSON: ${String(error)}` },
    ]);
  }
}

function decodeText(value: string | Uint8Array, path: string): string {
  if (typeof value === 'string') return value;
  try {
    return utf8.decode(value);
  } catch {
    throw new InvalidCloudEventError([{ path, message: 'is not UTF-8 text' }]);
  }
}
