import { deciderSpec } from '@lib/testing';
import { ana, ben, cho, dan, inactiveIn, legal, sales } from '../test/peer-fixtures';
import {
  accepted,
  raised,
  redirect,
  redirectedByChoToDan,
  redirectedToCho,
} from '../test/peer-request-history';
import { peerRequestDecider } from './peer-request.decider';

const spec = deciderSpec(peerRequestDecider);
const toDanInSales = {
  recipientDivisionId: legal,
  newRecipient: { divisionId: sales, active: true },
};

describe('RedirectPeerRequest', () => {
  it('passes the request to another peer, the first hop', () => {
    spec.given([raised()]).when(redirect(cho)).then([redirectedToCho]);
  });

  describe('when the new recipient passes it on again', () => {
    it('is the second hop', () => {
      spec
        .given([raised(), redirectedToCho])
        .when(redirect(dan, toDanInSales, cho))
        .then([redirectedByChoToDan]);
    });
  });

  describe('when it was already redirected twice', () => {
    it('is refused: at most 2 hops', () => {
      const toEve = {
        recipientDivisionId: sales,
        newRecipient: { divisionId: 'div-hr', active: true },
      };
      spec
        .given([raised(), redirectedToCho, redirectedByChoToDan])
        .when(redirect('leader-eve', toEve, dan))
        .thenFails({ code: 'TOO_MANY_HOPS', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('when it would go back to a recipient who passed it on', () => {
    it('is refused', () => {
      spec
        .given([raised(), redirectedToCho])
        .when(redirect(ben, { recipientDivisionId: legal }, cho))
        .thenFails({ code: 'REDIRECT_BACK', apiCode: 'RULE_VIOLATED', field: 'toId' });
    });
  });

  describe('when someone other than the recipient redirects', () => {
    it('is forbidden to the requester', () => {
      spec
        .given([raised()])
        .when(redirect(dan, toDanInSales, ana))
        .thenFails({ code: 'NOT_THE_RECIPIENT', apiCode: 'FORBIDDEN' });
    });

    it('is forbidden to a recipient who already passed it on', () => {
      spec
        .given([raised(), redirectedToCho])
        .when(redirect(dan, toDanInSales, ben))
        .thenFails({ code: 'NOT_THE_RECIPIENT', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the request does not exist', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(redirect())
        .thenFails({ code: 'PEER_REQUEST_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });

  describe('when the request is no longer Raised', () => {
    it('is refused', () => {
      spec
        .given([raised(), accepted])
        .when(redirect())
        .thenFails({ code: 'REQUEST_NOT_RAISED', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('the new recipient', () => {
    it.each([
      ['the requester', ana],
      ['the recipient themselves', ben],
    ])('may not be %s', (_, toId) => {
      spec
        .given([raised()])
        .when(redirect(toId))
        .thenFails({ code: 'REDIRECT_TO_A_PARTY', apiCode: 'RULE_VIOLATED', field: 'toId' });
    });

    it('must be a known leader', () => {
      spec
        .given([raised()])
        .when(redirect(cho, { newRecipient: undefined }))
        .thenFails({ code: 'NEW_RECIPIENT_NOT_FOUND', apiCode: 'NOT_FOUND', field: 'toId' });
    });

    it('must be active: an inactive leader cannot receive requests', () => {
      spec
        .given([raised()])
        .when(redirect(cho, { newRecipient: inactiveIn(legal) }))
        .thenFails({ code: 'NEW_RECIPIENT_INACTIVE', apiCode: 'RULE_VIOLATED', field: 'toId' });
    });
  });
});
