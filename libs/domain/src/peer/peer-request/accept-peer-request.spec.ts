import { deciderSpec } from '@lib/testing';
import { ana, ben, cho, inDays, legal } from '../test/peer-fixtures';
import {
  accept,
  accepted,
  declined,
  dueAt,
  raised,
  redirectedToCho,
  requestId,
} from '../test/peer-request-history';
import { peerRequestDecider } from './peer-request.decider';

const spec = deciderSpec(peerRequestDecider);

describe('AcceptPeerRequest', () => {
  it('accepts the request, with the date the recipient expects to deliver', () => {
    spec.given([raised()]).when(accept()).then([accepted]);
  });

  it('accepts a delivery expected on the due date', () => {
    spec
      .given([raised()])
      .when(accept(dueAt))
      .then([{ ...accepted, data: { ...accepted.data, expectedBy: dueAt } }]);
  });

  describe('when the request was redirected', () => {
    it('is accepted by the new recipient, in their division', () => {
      const command = accept(inDays(10), cho);
      const byCho = {
        ...command,
        data: { ...command.data, facts: { recipientDivisionId: legal } },
      };
      spec
        .given([raised(), redirectedToCho])
        .when(byCho)
        .then([
          {
            type: 'PeerRequestAccepted',
            data: { requestId, recipientId: cho, recipientDivId: legal, expectedBy: inDays(10) },
          },
        ]);
    });

    it('is forbidden to the recipient who passed it on', () => {
      spec
        .given([raised(), redirectedToCho])
        .when(accept(inDays(10), ben))
        .thenFails({ code: 'NOT_THE_RECIPIENT', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the request does not exist', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(accept())
        .thenFails({ code: 'PEER_REQUEST_NOT_FOUND', apiCode: 'NOT_FOUND', field: 'requestId' });
    });
  });

  describe('when someone other than the recipient accepts', () => {
    it('is forbidden', () => {
      spec
        .given([raised()])
        .when(accept(inDays(10), ana))
        .thenFails({ code: 'NOT_THE_RECIPIENT', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the request is no longer Raised', () => {
    it.each([
      ['accepted', [raised(), accepted]],
      ['declined', [raised(), declined]],
    ])('is refused once %s', (_, history) => {
      spec
        .given(history)
        .when(accept())
        .thenFails({ code: 'REQUEST_NOT_RAISED', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('the expected delivery date', () => {
    it.each([
      ['after dueAt', inDays(14.5), 'EXPECTED_BY_AFTER_DUE'],
      ['in the past', inDays(-1), 'EXPECTED_BY_IN_THE_PAST'],
    ])('is refused %s', (_, expectedBy, code) => {
      spec
        .given([raised()])
        .when(accept(expectedBy))
        .thenFails({ code, apiCode: 'RULE_VIOLATED', field: 'expectedBy' });
    });
  });
});
