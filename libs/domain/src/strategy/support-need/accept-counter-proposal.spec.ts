import { deciderSpec } from '@lib/testing';
import { leaders } from '../strategy.fixtures';
import { supportNeedDecider } from './support-need.decider';
import {
  acceptCounterProposal,
  counterAccepted,
  counterProposed,
  declared,
  ref,
  reportSlip,
} from './support-need.fixtures';

const spec = deciderSpec(supportNeedDecider);

describe('AcceptCounterProposal', () => {
  it('makes the offered terms the promise', () => {
    spec.given([declared, counterProposed]).when(acceptCounterProposal()).then([counterAccepted]);
  });

  it('leaves the support committed to the offered date', () => {
    spec
      .given([declared, counterProposed, counterAccepted])
      .when(reportSlip('2025-06-15T00:00:00Z'))
      .thenFails({ code: 'SLIP_NOT_LATER' });
    spec
      .given([declared, counterProposed, counterAccepted])
      .when(reportSlip('2025-06-16T00:00:00Z'))
      .then([
        {
          type: 'SupportSlipped',
          data: {
            ...ref,
            oldDeliverBy: '2025-06-15T00:00:00Z',
            newDeliverBy: '2025-06-16T00:00:00Z',
          },
        },
      ]);
  });

  describe('when someone other than the current project owner accepts', () => {
    it.each([
      ['the head of the home division', leaders.financeHead],
      ['the supporting division head', leaders.operationsHead],
    ])('is forbidden to %s', (_, actorId) => {
      spec
        .given([declared, counterProposed])
        .when(acceptCounterProposal(actorId))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_THE_PROJECT_OWNER' });
    });
  });

  describe('when there is no counter-proposal', () => {
    it('is refused', () => {
      spec
        .given([declared])
        .when(acceptCounterProposal())
        .thenFails({ apiCode: 'RULE_VIOLATED', code: 'NO_COUNTER_PROPOSAL' });
    });
  });

  describe('when the need is not declared', () => {
    it('is not found', () => {
      spec.given([]).when(acceptCounterProposal()).thenFails({ apiCode: 'NOT_FOUND' });
    });
  });
});
