import { deciderSpec } from '@lib/testing';
import { leaders } from '../strategy.fixtures';
import { strategicProjectDecider } from './strategic-project.decider';
import { closed, closeProject, registered, registerProject } from './strategic-project.fixtures';

const spec = deciderSpec(strategicProjectDecider);

describe('CloseProject', () => {
  it('closes the project with its outcome', () => {
    spec.given([registered]).when(closeProject()).then([closed]);
  });

  it.each([
    ['the head of the home division', leaders.financeHead],
    ['a ranking delegate of the home division', leaders.financeDelegate],
  ])('may be done by %s', (_, actorId) => {
    spec.given([registered]).when(closeProject(actorId)).then([closed]);
  });

  describe('when neither the owner nor a delegate closes it', () => {
    it('is forbidden', () => {
      spec
        .given([registered])
        .when(closeProject(leaders.outsider))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_THE_OWNER_OR_DELEGATE' });
    });
  });

  describe('when the project is not registered', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(closeProject())
        .thenFails({ apiCode: 'NOT_FOUND', code: 'PROJECT_NOT_FOUND' });
    });
  });

  describe('when the project is already closed', () => {
    it('is refused', () => {
      spec.given([registered, closed]).when(closeProject()).thenFails({ code: 'PROJECT_CLOSED' });
    });

    it('cannot be registered again', () => {
      spec
        .given([registered, closed])
        .when(registerProject())
        .thenFails({ apiCode: 'CONFLICT', code: 'PROJECT_ALREADY_REGISTERED' });
    });
  });
});
