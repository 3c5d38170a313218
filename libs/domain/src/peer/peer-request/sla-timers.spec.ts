import { deciderSpec } from '@lib/testing';
import { cho, inDays, legal } from '../test/peer-fixtures';
import {
  accept,
  accepted,
  declined,
  deliverySlaBreached,
  dueAt,
  expired,
  fulfil,
  fulfilled,
  raised,
  recordDeliverySlaBreach,
  recordResponseSlaBreach,
  redirectedToCho,
  requestId,
  respondBy,
  responseSlaBreached,
  withdrawn,
} from '../test/peer-request-history';
import { peerRequestDecider } from './peer-request.decider';
import { slaDeadlines } from './sla-timers';

const spec = deciderSpec(peerRequestDecider);

describe('slaDeadlines', () => {
  it('schedules both timers when a request is raised', () => {
    expect(slaDeadlines(raised())).toEqual([
      { command: 'RecordResponseSlaBreach', requestId, at: respondBy },
      { command: 'RecordDeliverySlaBreach', requestId, at: dueAt },
    ]);
  });

  it.each([redirectedToCho, accepted, fulfilled])(
    'schedules nothing on $type: the deadlines stay the requester’s',
    (event) => {
      expect(slaDeadlines(event)).toEqual([]);
    },
  );
});

describe('RecordResponseSlaBreach', () => {
  describe('when nobody answered by respondBy', () => {
    it('records the breach against the recipient, with the rules version', () => {
      spec.given([raised()]).when(recordResponseSlaBreach()).then([responseSlaBreached]);
    });

    it('names the recipient the request was redirected to', () => {
      spec
        .given([raised(), redirectedToCho])
        .when(recordResponseSlaBreach(respondBy, legal))
        .then([
          {
            type: 'PeerRequestResponseSlaBreached',
            data: { ...responseSlaBreached.data, recipientId: cho, recipientDivId: legal },
          },
        ]);
    });

    it('still lets the recipient answer late', () => {
      spec.given([raised(), responseSlaBreached]).when(accept()).then([accepted]);
    });
  });

  describe('when the request was answered in time', () => {
    it.each([
      ['accepted', [raised(), accepted]],
      ['declined', [raised(), declined]],
      ['fulfilled', [raised(), fulfilled]],
      ['withdrawn', [raised(), withdrawn]],
    ])('records nothing once %s', (_, history) => {
      spec.given(history).when(recordResponseSlaBreach()).then([]);
    });
  });

  describe('when the timer fires again', () => {
    it('records nothing: at most once per request', () => {
      spec.given([raised(), responseSlaBreached]).when(recordResponseSlaBreach()).then([]);
    });
  });

  describe('when the timer fires before respondBy', () => {
    it('is refused, so that the service retries it', () => {
      spec
        .given([raised()])
        .when(recordResponseSlaBreach(inDays(2)))
        .thenFails({ code: 'SLA_NOT_YET_DUE', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('when the rules version is not a positive whole number', () => {
    it('is refused', () => {
      spec
        .given([raised()])
        .when(recordResponseSlaBreach(respondBy, undefined, 0))
        .thenFails({ code: 'INVALID_RULE_VERSION', field: 'ruleVersion' });
    });
  });

  describe('when the request does not exist', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(recordResponseSlaBreach())
        .thenFails({ code: 'PEER_REQUEST_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });
});

describe('RecordDeliverySlaBreach', () => {
  describe('when an accepted request is not fulfilled by dueAt', () => {
    it('records the breach; the request stays open for a late delivery', () => {
      spec.given([raised(), accepted]).when(recordDeliverySlaBreach()).then([deliverySlaBreached]);
    });

    it('still lets the recipient deliver late', () => {
      spec.given([raised(), accepted, deliverySlaBreached]).when(fulfil()).then([fulfilled]);
    });
  });

  describe('when nobody ever answered the request by dueAt', () => {
    it('records the breach and the request expires', () => {
      spec
        .given([raised(), responseSlaBreached])
        .when(recordDeliverySlaBreach(inDays(15)))
        .then([deliverySlaBreached, expired]);
    });
  });

  describe('when the timer fires again', () => {
    it('records nothing: at most once per request', () => {
      spec
        .given([raised(), accepted, deliverySlaBreached])
        .when(recordDeliverySlaBreach())
        .then([]);
    });
  });

  describe('when the request has ended', () => {
    it.each([
      ['fulfilled', [raised(), accepted, fulfilled]],
      ['declined', [raised(), declined]],
      ['withdrawn', [raised(), withdrawn]],
      ['expired', [raised(), expired]],
    ])('records nothing once %s', (_, history) => {
      spec.given(history).when(recordDeliverySlaBreach()).then([]);
    });
  });

  describe('when the timer fires before dueAt', () => {
    it('is refused, so that the service retries it', () => {
      spec
        .given([raised(), accepted])
        .when(recordDeliverySlaBreach(inDays(13)))
        .thenFails({ code: 'SLA_NOT_YET_DUE', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('when the request does not exist', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(recordDeliverySlaBreach())
        .thenFails({ code: 'PEER_REQUEST_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });
});
