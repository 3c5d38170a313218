import { deciderSpec } from '@lib/testing';
import { ben } from '../test/peer-fixtures';
import {
  accepted,
  acknowledged,
  declined,
  expired,
  fulfilled,
  raised,
  withdraw,
  withdrawn,
} from '../test/peer-request-history';
import { peerRequestDecider } from './peer-request.decider';

const spec = deciderSpec(peerRequestDecider);

describe('WithdrawPeerRequest', () => {
  it.each([
    ['raised', [raised()]],
    ['accepted', [raised(), accepted]],
  ])('withdraws a %s request', (_, history) => {
    spec.given(history).when(withdraw()).then([withdrawn]);
  });

  describe('when someone other than the requester withdraws', () => {
    it('is forbidden', () => {
      spec
        .given([raised()])
        .when(withdraw(ben))
        .thenFails({ code: 'NOT_THE_REQUESTER', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the request does not exist', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(withdraw())
        .thenFails({ code: 'PEER_REQUEST_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });

  describe('when the request has ended', () => {
    it.each([
      ['fulfilled: the help was given', [raised(), fulfilled]],
      ['acknowledged', [raised(), fulfilled, acknowledged]],
      ['declined', [raised(), declined]],
      ['expired', [raised(), expired]],
      ['withdrawn', [raised(), withdrawn]],
    ])('is refused once %s', (_, history) => {
      spec
        .given(history)
        .when(withdraw())
        .thenFails({ code: 'REQUEST_NOT_OPEN', apiCode: 'RULE_VIOLATED' });
    });
  });
});
