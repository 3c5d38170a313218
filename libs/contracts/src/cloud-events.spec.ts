import { CloudEventHeaders } from './cloud-event-headers';
import {
  InvalidCloudEventError,
  fromCloudEventMessage,
  toCloudEventHeaders,
  toCloudEventMessage,
  type KafkaHeaders,
} from './cloud-events';
import type { EventEnvelope } from './envelope';

const stored: EventEnvelope = {
  eventId: '0b8f5c1e-4d7a-4c1b-9a53-2f6e8d0c7b11',
  type: 'PeerRequestAccepted',
  schemaVersion: 1,
  streamId: 'PeerRequest-req-7f3a',
  streamVersion: 2,
  globalPosition: 9_007_199_254,
  data: { requestId: 'req-7f3a', expectedBy: '2025-03-18T17:00:00Z' },
  metadata: {
    tenantId: 'acme',
    actorId: 'leader-ben',
    correlationId: 'corr-1',
    causationId: 'cmd-9',
    commandId: 'cmd-9',
    occurredAt: '2025-03-04T10:00:00Z',
    recordedAt: '2025-03-04T10:00:01.250Z',
  },
};

// What a kafkajs consumer hands over: every header value and the value as a Buffer.
function consumed(envelope: EventEnvelope): [KafkaHeaders, Buffer] {
  const { headers, value } = toCloudEventMessage(envelope, 'peer-service');
  const asBuffers = Object.entries(headers).map(([name, text]) => [name, Buffer.from(text)]);
  return [Object.fromEntries(asBuffers), Buffer.from(value)];
}

function problemsOf(headers: KafkaHeaders, value: Buffer | string | null): unknown {
  try {
    fromCloudEventMessage(headers, value);
  } catch (error) {
    if (error instanceof InvalidCloudEventError) return error.issues;
    throw error;
  }
  throw new Error('the message was accepted');
}

describe('a stored event published as a CloudEvent', () => {
  it('has the key, value and headers of the Kafka binary binding', () => {
    expect(toCloudEventMessage(stored, 'peer-service')).toEqual({
      key: 'PeerRequest-req-7f3a',
      value: '{"requestId":"req-7f3a","expectedBy":"2025-03-18T17:00:00Z"}',
      headers: {
        ce_specversion: '1.0',
        ce_id: stored.eventId,
        ce_type: 'PeerRequestAccepted',
        ce_source: 'peer-service',
        ce_subject: 'PeerRequest-req-7f3a',
        ce_time: '2025-03-04T10:00:00Z',
        'content-type': 'application/json',
        ce_tenantid: 'acme',
        ce_streamversion: '2',
        ce_globalposition: '9007199254',
        ce_schemaversion: '1',
        ce_correlationid: 'corr-1',
        ce_causationid: 'cmd-9',
        ce_actorid: 'leader-ben',
        ce_commandid: 'cmd-9',
        ce_recordedat: '2025-03-04T10:00:01.250Z',
      },
    });
  });

  it('names its extension attributes in lowercase letters and digits, as CloudEvents requires', () => {
    const names = Object.values(CloudEventHeaders).filter((name) => name !== 'content-type');
    expect(names.filter((name) => !/^ce_[a-z0-9]+$/.test(name))).toEqual([]);
  });

  it('comes back as the same envelope and source', () => {
    expect(fromCloudEventMessage(...consumed(stored))).toStrictEqual({
      source: 'peer-service',
      envelope: stored,
    });
  });

  describe('when it has not been stored yet', () => {
    const { globalPosition: _position, ...unstored } = stored;
    const { recordedAt: _recordedAt, ...metadata } = stored.metadata;
    const envelope = { ...unstored, metadata };

    it('has no position or recording time headers', () => {
      const headers = toCloudEventHeaders(envelope, 'peer-service');
      expect(headers).not.toHaveProperty('ce_globalposition');
      expect(headers).not.toHaveProperty('ce_recordedat');
    });

    it('comes back without them', () => {
      expect(fromCloudEventMessage(...consumed(envelope)).envelope).toStrictEqual(envelope);
    });
  });

  it('ignores headers that are not its own', () => {
    const [headers, value] = consumed(stored);
    const traced = { ...headers, traceparent: '00-4bf9-00f0-01', baggage: ['a=1', 'b=2'] };
    expect(fromCloudEventMessage(traced, value).envelope).toStrictEqual(stored);
  });
});

describe('a message that is not a feed event', () => {
  const [headers, value] = consumed(stored);

  it('is refused, naming each missing header', () => {
    const { ce_tenantid: _tenant, ce_id: _id, ...incomplete } = headers;
    expect(problemsOf(incomplete, value)).toEqual([
      { path: '/ce_id', message: "must have required property 'ce_id'" },
      { path: '/ce_tenantid', message: "must have required property 'ce_tenantid'" },
    ]);
  });

  it.each([
    ['ce_streamversion', 'two', 'must match pattern "^(0|[1-9][0-9]{0,14})$"'],
    ['ce_id', 'not-a-uuid', 'must match format "uuid"'],
    ['ce_time', 'yesterday', 'must match format "date-time"'],
    ['content-type', 'application/avro', 'must be equal to constant: application/json'],
    ['ce_specversion', '0.3', 'must be equal to constant: 1.0'],
  ])('is refused when %s is %s', (name, wrong, message) => {
    expect(problemsOf({ ...headers, [name]: wrong }, value)).toEqual([
      { path: `/${name}`, message },
    ]);
  });

  it('is refused when one of its headers is repeated', () => {
    expect(problemsOf({ ...headers, ce_type: ['PeerRequestAccepted', 'X'] }, value)).toEqual([
      { path: '/ce_type', message: 'must appear once' },
    ]);
  });

  it('is refused without a value, or with a value that is not JSON', () => {
    expect(problemsOf(headers, null)).toEqual([
      { path: '', message: 'has no value (a tombstone?)' },
    ]);
    expect(problemsOf(headers, '{"requestId":')).toEqual([
      { path: '', message: expect.stringMatching(/^value is not JSON/) },
    ]);
  });
});
