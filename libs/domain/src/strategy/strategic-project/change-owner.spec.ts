import { deciderSpec } from '@lib/testing';
import { activeIn, finance, leaders } from '../strategy.fixtures';
import { strategicProjectDecider } from './strategic-project.decider';
import { changeOwner, closed, ownerChangedToPeer, registered } from './strategic-project.fixtures';

const spec = deciderSpec(strategicProjectDecider);

describe('ChangeOwner', () => {
  it('hands the project to another leader of the home division', () => {
    spec.given([registered]).when(changeOwner()).then([ownerChangedToPeer]);
  });

  it.each([
    ['the head of the home division', leaders.financeHead],
    ['a ranking delegate of the home division', leaders.financeDelegate],
  ])('may be done by %s', (_, actorId) => {
    spec.given([registered]).when(changeOwner({}, actorId)).then([ownerChangedToPeer]);
  });

  describe('when neither the owner nor a delegate changes it', () => {
    it('is forbidden', () => {
      spec
        .given([registered])
        .when(changeOwner({}, leaders.outsider))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_THE_OWNER_OR_DELEGATE' });
    });
  });

  describe('when the new owner already owns it', () => {
    it('is refused', () => {
      spec
        .given([registered])
        .when(changeOwner({ newOwnerId: leaders.owner }))
        .thenFails({ code: 'ALREADY_THE_OWNER', field: 'newOwnerId' });
    });
  });

  describe('when the new owner belongs to another division', () => {
    it('is refused', () => {
      const facts = { homeDivision: finance, newOwner: activeIn('div-operations') };
      spec
        .given([registered])
        .when(changeOwner({ newOwnerId: leaders.operationsPeer, facts }))
        .thenFails({ code: 'OWNER_NOT_IN_HOME_DIVISION', field: 'newOwnerId' });
    });
  });

  describe('when the new owner is no longer active', () => {
    it('is refused', () => {
      const facts = {
        homeDivision: finance,
        newOwner: { divisionId: 'div-finance', active: false },
      };
      spec
        .given([registered])
        .when(changeOwner({ facts }))
        .thenFails({ code: 'OWNER_INACTIVE', field: 'newOwnerId' });
    });
  });

  describe('when the new owner is not a known leader', () => {
    it('is refused', () => {
      spec
        .given([registered])
        .when(changeOwner({ facts: { homeDivision: finance } }))
        .thenFails({ code: 'OWNER_UNKNOWN', field: 'newOwnerId' });
    });
  });

  describe('when the project is not registered', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(changeOwner())
        .thenFails({ apiCode: 'NOT_FOUND', code: 'PROJECT_NOT_FOUND' });
    });
  });

  describe('when the project is closed', () => {
    it('keeps its last owner', () => {
      spec.given([registered, closed]).when(changeOwner()).thenFails({ code: 'PROJECT_CLOSED' });
    });
  });
});
