import { deciderSpec } from '@lib/testing';
import { unknownEvent } from '../test/peer-fixtures';
import {
  accept,
  accepted,
  acknowledged,
  declined,
  fulfilled,
  raised,
  redirect,
  redirectedToCho,
} from '../test/peer-request-history';
import { peerRequestDecider } from './peer-request.decider';
import { peerRequestStream } from './peer-request.state';

const spec = deciderSpec(peerRequestDecider);

describe('PeerRequest', () => {
  it('lives in its own stream per tenant', () => {
    expect(peerRequestStream('tenant-acme', 'req-7f3a')).toBe('peer-request:tenant-acme:req-7f3a');
  });

  describe('replay', () => {
    it('passes over an event it does not know', () => {
      spec.given([raised(), unknownEvent]).when(accept()).then([accepted]);
    });

    it('ignores an event its state machine does not expect there', () => {
      spec.given([raised(), declined, accepted]).when(redirect()).thenFails({
        code: 'REQUEST_NOT_RAISED',
      });
    });

    it('starts nothing from an event that precedes the raise', () => {
      spec.given([fulfilled, acknowledged]).when(accept()).thenFails({
        code: 'PEER_REQUEST_NOT_FOUND',
      });
    });

    it('keeps the state of a replayed history equal to the one built step by step', () => {
      const history = [raised(), redirectedToCho];
      const state = history.reduce(peerRequestDecider.evolve, peerRequestDecider.initialState());
      expect(state).toEqual({
        status: 'Raised',
        requestId: 'req-7f3a',
        requesterId: 'leader-ana',
        recipientId: 'leader-cho',
        respondBy: raised().data.respondBy,
        dueAt: raised().data.dueAt,
        previousRecipientIds: ['leader-ben'],
        responseSlaBreached: false,
      });
    });
  });
});
