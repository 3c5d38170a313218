import { deciderSpec } from '@lib/testing';
import { leaders } from '../strategy.fixtures';
import { supportNeedDecider } from './support-need.decider';
import {
  commitSupport,
  committed,
  counterProposed,
  declared,
  declined,
  withdrawn,
} from './support-need.fixtures';

const spec = deciderSpec(supportNeedDecider);

describe('CommitSupport', () => {
  it('records the promise of the supporting division', () => {
    spec.given([declared]).when(commitSupport()).then([committed]);
  });

  it('may promise more, and on the day it is needed', () => {
    const [event] = spec
      .given([declared])
      .when(commitSupport({ deliverBy: '2025-05-30T00:00:00Z', capacityFteWeeks: 8 }))
      .thenEvents();
    expect(event?.data).toMatchObject({ deliverBy: '2025-05-30T00:00:00Z', capacity: 8 });
  });

  it('may be given by a ranking delegate of the supporting division', () => {
    const [event] = spec
      .given([declared])
      .when(commitSupport({}, leaders.operationsDelegate))
      .thenEvents();
    expect(event?.data).toMatchObject({ committedBy: leaders.operationsDelegate });
  });

  describe('when the division counter-proposed first', () => {
    it('may still commit to what was asked, which replaces its offer', () => {
      spec.given([declared, counterProposed]).when(commitSupport()).then([committed]);
    });
  });

  describe.each([
    ['a leader of the supporting division', leaders.operationsPeer],
    ['the project owner', leaders.owner],
  ])('when %s commits', (_, actorId) => {
    it("is forbidden: only the division's head or a ranking delegate answers for it", () => {
      spec
        .given([declared])
        .when(commitSupport({}, actorId))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_SUPPORTING_DIVISION_HEAD_OR_DELEGATE' });
    });
  });

  describe('when the promise comes after the support is needed', () => {
    it('is refused: that is a counter-proposal', () => {
      spec
        .given([declared])
        .when(commitSupport({ deliverBy: '2025-06-01T00:00:00Z' }))
        .thenFails({ code: 'DELIVER_BY_AFTER_NEEDED_BY', field: 'deliverBy' });
    });
  });

  describe('when it promises less capacity than needed', () => {
    it('is refused: that is a counter-proposal', () => {
      spec
        .given([declared])
        .when(commitSupport({ capacityFteWeeks: 4 }))
        .thenFails({ code: 'CAPACITY_BELOW_NEED', field: 'capacityFteWeeks' });
    });
  });

  describe('when the capacity is not positive', () => {
    it('is refused', () => {
      spec
        .given([declared])
        .when(commitSupport({ capacityFteWeeks: 0 }))
        .thenFails({ code: 'CAPACITY_NOT_POSITIVE', field: 'capacityFteWeeks' });
    });
  });

  describe('when the need is not declared', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(commitSupport())
        .thenFails({ apiCode: 'NOT_FOUND', code: 'SUPPORT_NEED_NOT_FOUND', field: 'needId' });
    });
  });

  describe.each([
    ['already committed', [declared, committed]],
    ['declined', [declared, declined]],
    ['withdrawn', [declared, withdrawn]],
  ])('when the need is %s', (_, history) => {
    it('is refused', () => {
      spec.given(history).when(commitSupport()).thenFails({ code: 'NOT_AWAITING_ANSWER' });
    });
  });
});
