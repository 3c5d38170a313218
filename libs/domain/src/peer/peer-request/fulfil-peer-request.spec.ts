import { deciderSpec } from '@lib/testing';
import { ana } from '../test/peer-fixtures';
import {
  accepted,
  declined,
  fulfil,
  fulfilled,
  raised,
  withdrawn,
} from '../test/peer-request-history';
import { peerRequestDecider } from './peer-request.decider';

const spec = deciderSpec(peerRequestDecider);

describe('FulfilPeerRequest', () => {
  it('fulfils an accepted request', () => {
    spec.given([raised(), accepted]).when(fulfil()).then([fulfilled]);
  });

  describe('when the request is still Raised', () => {
    it('fulfils it, accepting it implicitly', () => {
      spec.given([raised()]).when(fulfil()).then([fulfilled]);
    });
  });

  describe('when someone other than the recipient fulfils', () => {
    it('is forbidden', () => {
      spec
        .given([raised(), accepted])
        .when(fulfil(undefined, ana))
        .thenFails({ code: 'NOT_THE_RECIPIENT', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the request does not exist', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(fulfil())
        .thenFails({ code: 'PEER_REQUEST_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });

  describe('when the request is closed', () => {
    it.each([
      ['fulfilled', [raised(), fulfilled]],
      ['declined', [raised(), declined]],
      ['withdrawn', [raised(), withdrawn]],
    ])('is refused once %s', (_, history) => {
      spec
        .given(history)
        .when(fulfil())
        .thenFails({ code: 'REQUEST_NOT_OPEN', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('the summary', () => {
    it.each([
      ['blank', '  '],
      ['longer than 2000 characters', 'x'.repeat(2001)],
    ])('is refused when %s', (_, summary) => {
      spec
        .given([raised(), accepted])
        .when(fulfil(summary))
        .thenFails({ code: 'SUMMARY_LENGTH', apiCode: 'RULE_VIOLATED', field: 'summary' });
    });
  });
});
