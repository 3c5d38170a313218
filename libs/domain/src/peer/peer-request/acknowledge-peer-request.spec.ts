import { deciderSpec } from '@lib/testing';
import { ben } from '../test/peer-fixtures';
import {
  accepted,
  acknowledge,
  acknowledged,
  fulfilled,
  raised,
} from '../test/peer-request-history';
import { peerRequestDecider } from './peer-request.decider';

const spec = deciderSpec(peerRequestDecider);

describe('AcknowledgePeerRequest', () => {
  it('records how helpful the fulfilled request was, with thanks', () => {
    spec.given([raised(), fulfilled]).when(acknowledge()).then([acknowledged]);
  });

  it('records a rating without thanks', () => {
    const { thanks: _, ...withoutThanks } = acknowledged.data;
    spec
      .given([raised(), fulfilled])
      .when(acknowledge({ thanks: undefined }))
      .then([{ ...acknowledged, data: withoutThanks }]);
  });

  describe('when someone other than the requester acknowledges', () => {
    it('is forbidden', () => {
      spec
        .given([raised(), fulfilled])
        .when(acknowledge({}, ben))
        .thenFails({ code: 'NOT_THE_REQUESTER', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the request does not exist', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(acknowledge())
        .thenFails({ code: 'PEER_REQUEST_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });

  describe('when it was already acknowledged', () => {
    it('is refused: once only', () => {
      spec
        .given([raised(), fulfilled, acknowledged])
        .when(acknowledge())
        .thenFails({ code: 'ALREADY_ACKNOWLEDGED', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('when the request is not fulfilled yet', () => {
    it('is refused', () => {
      spec
        .given([raised(), accepted])
        .when(acknowledge())
        .thenFails({ code: 'REQUEST_NOT_FULFILLED', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('the helpfulness', () => {
    it.each([0, 6, 2.5])('is refused when %p: a whole number from 1 to 5', (helpfulness) => {
      spec.given([raised(), fulfilled]).when(acknowledge({ helpfulness })).thenFails({
        code: 'HELPFULNESS_OUT_OF_RANGE',
        apiCode: 'RULE_VIOLATED',
        field: 'helpfulness',
      });
    });

    it.each([1, 5])('is accepted when %p', (helpfulness) => {
      spec
        .given([raised(), fulfilled])
        .when(acknowledge({ helpfulness }))
        .then([{ ...acknowledged, data: { ...acknowledged.data, helpfulness } }]);
    });
  });

  describe('the thanks', () => {
    it.each([
      ['blank', ' '],
      ['longer than 2000 characters', 'x'.repeat(2001)],
    ])('is refused when %s', (_, thanks) => {
      spec
        .given([raised(), fulfilled])
        .when(acknowledge({ thanks }))
        .thenFails({ code: 'THANKS_LENGTH', apiCode: 'RULE_VIOLATED', field: 'thanks' });
    });
  });
});
