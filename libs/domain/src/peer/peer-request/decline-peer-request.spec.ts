import { deciderSpec } from '@lib/testing';
import { ana, ben, cho, inactiveIn, legal } from '../test/peer-fixtures';
import { accepted, decline, declined, raised } from '../test/peer-request-history';
import { peerRequestDecider } from './peer-request.decider';

const spec = deciderSpec(peerRequestDecider);

describe('DeclinePeerRequest', () => {
  it('declines the request with the reason', () => {
    spec.given([raised()]).when(decline()).then([declined]);
  });

  it('names the peer the recipient suggests, with their division', () => {
    const command = decline({
      suggestedPeerId: cho,
      facts: {
        recipientDivisionId: declined.data.recipientDivId,
        suggestedPeer: { divisionId: legal, active: true },
      },
    });
    spec
      .given([raised()])
      .when(command)
      .then([
        {
          ...declined,
          data: { ...declined.data, suggestedPeerId: cho, suggestedPeerDivId: legal },
        },
      ]);
  });

  describe('when someone other than the recipient declines', () => {
    it('is forbidden', () => {
      spec
        .given([raised()])
        .when(decline({}, ana))
        .thenFails({ code: 'NOT_THE_RECIPIENT', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the request does not exist', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(decline())
        .thenFails({ code: 'PEER_REQUEST_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });

  describe('when the request was already accepted', () => {
    it('is refused: an accepted request is fulfilled or withdrawn', () => {
      spec
        .given([raised(), accepted])
        .when(decline())
        .thenFails({ code: 'REQUEST_NOT_RAISED', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('the suggested peer', () => {
    const suggesting = (
      suggestedPeerId: string,
      suggestedPeer?: { divisionId: string; active: boolean },
    ) =>
      decline({
        suggestedPeerId,
        facts: { recipientDivisionId: declined.data.recipientDivId, suggestedPeer },
      });

    it.each([
      ['the requester', ana],
      ['the recipient', ben],
    ])('may not be %s', (_, peer) => {
      spec
        .given([raised()])
        .when(suggesting(peer, { divisionId: legal, active: true }))
        .thenFails({
          code: 'SUGGESTED_PEER_IS_A_PARTY',
          apiCode: 'RULE_VIOLATED',
          field: 'suggestedPeerId',
        });
    });

    it('must be a known leader', () => {
      spec.given([raised()]).when(suggesting(cho, undefined)).thenFails({
        code: 'SUGGESTED_PEER_NOT_FOUND',
        apiCode: 'NOT_FOUND',
        field: 'suggestedPeerId',
      });
    });

    it('must be active, to be able to receive the request', () => {
      spec
        .given([raised()])
        .when(suggesting(cho, inactiveIn(legal)))
        .thenFails({
          code: 'SUGGESTED_PEER_INACTIVE',
          apiCode: 'RULE_VIOLATED',
          field: 'suggestedPeerId',
        });
    });
  });
});
