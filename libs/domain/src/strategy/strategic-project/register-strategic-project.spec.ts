import { deciderSpec } from '@lib/testing';
import { activeIn, finance, leaders } from '../strategy.fixtures';
import { strategicProjectDecider } from './strategic-project.decider';
import { registered, registerProject } from './strategic-project.fixtures';

const spec = deciderSpec(strategicProjectDecider);

describe('RegisterStrategicProject', () => {
  it('registers the project of an owner in their home division', () => {
    spec.given([]).when(registerProject()).then([registered]);
  });

  it.each([
    ['the head of the home division', leaders.financeHead],
    ['a ranking delegate of the home division', leaders.financeDelegate],
  ])('may be registered by %s for one of its leaders', (_, actorId) => {
    spec.given([]).when(registerProject({}, actorId)).then([registered]);
  });

  describe('when the project is already registered', () => {
    it('is refused as a conflict', () => {
      spec.given([registered]).when(registerProject()).thenFails({
        apiCode: 'CONFLICT',
        code: 'PROJECT_ALREADY_REGISTERED',
        field: 'projectId',
      });
    });
  });

  describe('when someone else registers a project for the owner', () => {
    it('is forbidden', () => {
      spec
        .given([])
        .when(registerProject({}, leaders.outsider))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_THE_OWNER_OR_DELEGATE' });
    });
  });

  describe.each([
    ['blank', '   '],
    ['longer than 200 characters', 'x'.repeat(201)],
  ])('when the name is %s', (_, name) => {
    it('is refused', () => {
      spec.given([]).when(registerProject({ name })).thenFails({
        apiCode: 'RULE_VIOLATED',
        code: 'PROJECT_NAME_LENGTH',
        field: 'name',
      });
    });
  });

  describe('when it serves no theme', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(registerProject({ themeIds: [] }))
        .thenFails({ code: 'THEMES_REQUIRED', field: 'themeIds' });
    });
  });

  describe('when a theme is named twice', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(registerProject({ themeIds: ['theme-cost', 'theme-cost'] }))
        .thenFails({ code: 'DUPLICATE_THEMES', field: 'themeIds' });
    });
  });

  describe('when a theme does not exist', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(registerProject({ themeIds: ['theme-cost', 'theme-unknown'] }))
        .thenFails({ apiCode: 'RULE_VIOLATED', code: 'UNKNOWN_THEME', field: 'themeIds' });
    });
  });

  describe.each([
    ['on the start', '2025-01-15T00:00:00Z'],
    ['before the start', '2025-01-01T00:00:00Z'],
  ])('when the target is %s', (_, targetAt) => {
    it('is refused', () => {
      spec
        .given([])
        .when(registerProject({ targetAt }))
        .thenFails({ code: 'TARGET_NOT_AFTER_START', field: 'targetAt' });
    });
  });

  describe('when the owner belongs to another division', () => {
    it('is refused', () => {
      const facts = { ...registerProject().data.facts, owner: activeIn('div-operations') };
      spec.given([]).when(registerProject({ facts })).thenFails({
        apiCode: 'RULE_VIOLATED',
        code: 'OWNER_NOT_IN_HOME_DIVISION',
        field: 'ownerId',
      });
    });
  });

  describe('when the owner is no longer active', () => {
    it('is refused', () => {
      const facts = {
        ...registerProject().data.facts,
        owner: { divisionId: 'div-finance', active: false },
      };
      spec
        .given([])
        .when(registerProject({ facts }))
        .thenFails({ code: 'OWNER_INACTIVE', field: 'ownerId' });
    });
  });

  describe('when the owner is not a known leader', () => {
    it('is refused', () => {
      const facts = { homeDivision: finance, existingThemeIds: ['theme-cost'] };
      spec
        .given([])
        .when(registerProject({ facts }))
        .thenFails({ code: 'OWNER_UNKNOWN', field: 'ownerId' });
    });
  });
});
