import { deciderSpec } from '@lib/testing';
import { leaders } from '../strategy.fixtures';
import { supportNeedDecider } from './support-need.decider';
import { committed, counterPropose, counterProposed, declared, ref } from './support-need.fixtures';

const spec = deciderSpec(supportNeedDecider);

describe('CounterProposeSupport', () => {
  it('offers other terms to the project owner', () => {
    spec.given([declared]).when(counterPropose()).then([counterProposed]);
  });

  it('may offer terms without a note', () => {
    spec
      .given([declared])
      .when(counterPropose({ note: undefined }))
      .then([
        {
          type: 'SupportCounterProposed',
          data: {
            ...ref,
            deliverBy: '2025-06-15T00:00:00Z',
            capacity: 4.5,
            proposedBy: leaders.operationsHead,
          },
        },
      ]);
  });

  describe('when the division already counter-proposed', () => {
    it('may revise its offer', () => {
      const [event] = spec
        .given([declared, counterProposed])
        .when(counterPropose({ capacityFteWeeks: 5 }, leaders.operationsDelegate))
        .thenEvents();
      expect(event?.data).toMatchObject({ capacity: 5, proposedBy: leaders.operationsDelegate });
    });
  });

  describe('when someone outside the supporting division leadership offers', () => {
    it('is forbidden', () => {
      spec
        .given([declared])
        .when(counterPropose({}, leaders.operationsPeer))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_SUPPORTING_DIVISION_HEAD_OR_DELEGATE' });
    });
  });

  describe('when the capacity is not positive', () => {
    it('is refused', () => {
      spec
        .given([declared])
        .when(counterPropose({ capacityFteWeeks: -1 }))
        .thenFails({ code: 'CAPACITY_NOT_POSITIVE', field: 'capacityFteWeeks' });
    });
  });

  describe.each([
    ['blank', ''],
    ['longer than 2000 characters', 'x'.repeat(2001)],
  ])('when the note is %s', (_, note) => {
    it('is refused', () => {
      spec
        .given([declared])
        .when(counterPropose({ note }))
        .thenFails({ code: 'NOTE_LENGTH', field: 'note' });
    });
  });

  describe('when the support is already committed', () => {
    it('is refused', () => {
      spec
        .given([declared, committed])
        .when(counterPropose())
        .thenFails({ apiCode: 'RULE_VIOLATED', code: 'NOT_AWAITING_ANSWER' });
    });
  });

  describe('when the need is not declared', () => {
    it('is not found', () => {
      spec.given([]).when(counterPropose()).thenFails({ code: 'SUPPORT_NEED_NOT_FOUND' });
    });
  });
});
