import { deciderSpec } from '@lib/testing';
import { leaders } from '../strategy.fixtures';
import { supportNeedDecider } from './support-need.decider';
import { committed, declared, ref, reportSlip, slipped } from './support-need.fixtures';

const spec = deciderSpec(supportNeedDecider);

describe('ReportSupportSlip', () => {
  it('moves the promise later and keeps the old one', () => {
    spec.given([declared, committed]).when(reportSlip('2025-05-29T00:00:00Z')).then([slipped]);
  });

  it('slips again from the latest promise', () => {
    spec
      .given([declared, committed, slipped])
      .when(reportSlip('2025-06-10T00:00:00Z', leaders.operationsDelegate))
      .then([
        {
          type: 'SupportSlipped',
          data: {
            ...ref,
            oldDeliverBy: '2025-05-29T00:00:00Z',
            newDeliverBy: '2025-06-10T00:00:00Z',
          },
        },
      ]);
  });

  describe.each([
    ['on the promised day', '2025-05-15T00:00:00Z'],
    ['earlier than promised', '2025-05-01T00:00:00Z'],
  ])('when the new date is %s', (_, newDeliverBy) => {
    it('is refused: a slip moves the promise later', () => {
      spec
        .given([declared, committed])
        .when(reportSlip(newDeliverBy))
        .thenFails({ apiCode: 'RULE_VIOLATED', code: 'SLIP_NOT_LATER', field: 'newDeliverBy' });
    });
  });

  describe('when the project owner reports the slip', () => {
    it("is forbidden: the promise is the supporting division's", () => {
      spec
        .given([declared, committed])
        .when(reportSlip('2025-05-29T00:00:00Z', leaders.owner))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_SUPPORTING_DIVISION_HEAD_OR_DELEGATE' });
    });
  });

  describe('when nothing is promised yet', () => {
    it('is refused', () => {
      spec
        .given([declared])
        .when(reportSlip('2025-05-29T00:00:00Z'))
        .thenFails({ code: 'SUPPORT_NOT_COMMITTED' });
    });
  });
});
