import { deciderSpec } from '@lib/testing';
import { leaders } from '../strategy.fixtures';
import { supportNeedDecider } from './support-need.decider';
import {
  committed,
  counterProposed,
  declared,
  declined,
  delivered,
  withdrawn,
  withdrawNeed,
} from './support-need.fixtures';

const spec = deciderSpec(supportNeedDecider);

describe('WithdrawSupportNeed', () => {
  it.each([
    ['declared', [declared]],
    ['counter-proposed', [declared, counterProposed]],
    ['committed', [declared, committed]],
  ])('withdraws a need that is %s', (_, history) => {
    spec.given(history).when(withdrawNeed()).then([withdrawn]);
  });

  describe('when someone other than the project owner withdraws', () => {
    it('is forbidden', () => {
      spec
        .given([declared])
        .when(withdrawNeed(leaders.financeHead))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_THE_PROJECT_OWNER' });
    });
  });

  describe.each([
    ['declined', [declared, declined]],
    ['delivered', [declared, committed, delivered]],
    ['withdrawn', [declared, withdrawn]],
  ])('when the need is already %s', (_, history) => {
    it('is refused', () => {
      spec
        .given(history)
        .when(withdrawNeed())
        .thenFails({ apiCode: 'RULE_VIOLATED', code: 'SUPPORT_NEED_CLOSED' });
    });
  });

  describe('when the need is not declared', () => {
    it('is not found', () => {
      spec.given([]).when(withdrawNeed()).thenFails({ apiCode: 'NOT_FOUND' });
    });
  });
});
