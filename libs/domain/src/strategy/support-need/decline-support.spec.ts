import { deciderSpec } from '@lib/testing';
import type { SupportDeclineReason } from '../strategy.vocabulary';
import { leaders } from '../strategy.fixtures';
import { supportNeedDecider } from './support-need.decider';
import {
  committed,
  counterProposed,
  declared,
  declined,
  declineSupport,
} from './support-need.fixtures';

const spec = deciderSpec(supportNeedDecider);

describe('DeclineSupport', () => {
  it('records the decline and its reason', () => {
    spec.given([declared]).when(declineSupport()).then([declined]);
  });

  it('may decline after a counter-proposal the owner did not accept', () => {
    spec.given([declared, counterProposed]).when(declineSupport()).then([declined]);
  });

  describe('when no reason is given', () => {
    it('is refused: a reason is required', () => {
      spec
        .given([declared])
        .when(declineSupport({ reasonCode: undefined }))
        .thenFails({
          apiCode: 'RULE_VIOLATED',
          code: 'DECLINE_REASON_REQUIRED',
          field: 'reasonCode',
        });
    });
  });

  describe('when the reason is not one of the known reasons', () => {
    it('is refused', () => {
      const reasonCode = 'busy' as SupportDeclineReason;
      spec
        .given([declared])
        .when(declineSupport({ reasonCode }))
        .thenFails({ code: 'DECLINE_REASON_REQUIRED', field: 'reasonCode' });
    });
  });

  describe('when someone outside the supporting division leadership declines', () => {
    it('is forbidden', () => {
      spec
        .given([declared])
        .when(declineSupport({}, leaders.operationsPeer))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_SUPPORTING_DIVISION_HEAD_OR_DELEGATE' });
    });
  });

  describe('when the support is already committed', () => {
    it('cannot be declined any more', () => {
      spec
        .given([declared, committed])
        .when(declineSupport())
        .thenFails({ code: 'NOT_AWAITING_ANSWER' });
    });
  });
});
