import { deciderSpec } from '@lib/testing';
import { leaders } from '../strategy.fixtures';
import { supportNeedDecider } from './support-need.decider';
import {
  committed,
  counterProposed,
  declared,
  delivered,
  recordDelivered,
  slipped,
} from './support-need.fixtures';

const spec = deciderSpec(supportNeedDecider);

describe('RecordSupportDelivered', () => {
  it.each([
    ['the supporting division head', leaders.operationsHead],
    ['a ranking delegate of the supporting division', leaders.operationsDelegate],
    ['the project owner, who received it', leaders.owner],
  ])('records the delivery, reported by %s', (_, actorId) => {
    spec.given([declared, committed]).when(recordDelivered(actorId)).then([delivered]);
  });

  it('records a delivery after a slip', () => {
    spec.given([declared, committed, slipped]).when(recordDelivered()).then([delivered]);
  });

  describe('when someone who is party to neither side records it', () => {
    it('is forbidden', () => {
      spec
        .given([declared, committed])
        .when(recordDelivered(leaders.operationsPeer))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_A_PARTY_TO_THE_SUPPORT' });
    });
  });

  describe.each([
    ['only declared', [declared]],
    ['only counter-proposed', [declared, counterProposed]],
    ['already delivered', [declared, committed, delivered]],
  ])('when the support is %s', (_, history) => {
    it('is refused', () => {
      spec.given(history).when(recordDelivered()).thenFails({ code: 'SUPPORT_NOT_COMMITTED' });
    });
  });
});
