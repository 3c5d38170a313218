import { deciderSpec } from '@lib/testing';
import type { CommandMetadata } from '../../shared/decider';
import { aLeader, anAdmin, anExecutive, unknownEvent } from '../test/org-fixtures';
import type { DefineTheme } from './theme.commands';
import type { ThemeDefined } from './theme.events';
import { themeDecider, themeStream } from './theme.decider';

const spec = deciderSpec(themeDecider);

const costDown = {
  themeId: 'theme-cost',
  cycleId: 'fy25-h1',
  name: 'Operational cost down 10%',
  objectiveRef: 'okr-2025-o3',
};

const costDownDefined: ThemeDefined = { type: 'ThemeDefined', data: costDown };

function define(
  data: Partial<DefineTheme['data']> = {},
  metadata: CommandMetadata = anExecutive(),
): DefineTheme {
  return {
    type: 'DefineTheme',
    data: { ...costDown, facts: { cycleStatus: 'open' }, ...data },
    metadata,
  };
}

describe('DefineTheme', () => {
  it('defines a theme of the cycle, with the objective behind it', () => {
    spec.given([]).when(define()).then([costDownDefined]);
  });

  describe('when no objective is given', () => {
    it('is defined without one', () => {
      const [event] = spec
        .given([])
        .when(define({ objectiveRef: undefined }))
        .thenEvents();
      expect(event.data).not.toHaveProperty('objectiveRef');
    });
  });

  describe('when the cycle is locked', () => {
    it('is defined: locking freezes rankings, not themes', () => {
      spec
        .given([])
        .when(define({ facts: { cycleStatus: 'locked' } }))
        .then([costDownDefined]);
    });
  });

  describe('when an admin defines it', () => {
    it('is defined', () => {
      spec.given([]).when(define({}, anAdmin())).then([costDownDefined]);
    });
  });

  describe('when neither an admin nor an executive defines it', () => {
    it('is forbidden', () => {
      spec
        .given([])
        .when(define({}, aLeader('leader-ana')))
        .thenFails({ code: 'NOT_ADMIN_OR_EXECUTIVE', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the theme is already defined', () => {
    it('conflicts', () => {
      spec
        .given([costDownDefined])
        .when(define())
        .thenFails({ code: 'THEME_ALREADY_DEFINED', apiCode: 'CONFLICT' });
    });
  });

  describe('when the cycle does not exist', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(define({ facts: { cycleStatus: null } }))
        .thenFails({ code: 'CYCLE_NOT_FOUND', apiCode: 'NOT_FOUND', field: 'cycleId' });
    });
  });

  describe('when the cycle is closed', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(define({ facts: { cycleStatus: 'closed' } }))
        .thenFails({ code: 'CYCLE_CLOSED', apiCode: 'RULE_VIOLATED', field: 'cycleId' });
    });
  });

  describe.each([
    ['blank', '  '],
    ['longer than 200 characters', 'n'.repeat(201)],
  ])('when the name is %s', (_, name) => {
    it('is refused', () => {
      spec
        .given([])
        .when(define({ name }))
        .thenFails({ code: 'NAME_LENGTH_OUT_OF_RANGE', apiCode: 'RULE_VIOLATED', field: 'name' });
    });
  });

  describe.each([
    ['empty', ''],
    ['longer than 200 characters', 'o'.repeat(201)],
  ])('when the objective reference is %s', (_, objectiveRef) => {
    it('is refused', () => {
      spec.given([]).when(define({ objectiveRef })).thenFails({
        code: 'OBJECTIVE_REF_LENGTH_OUT_OF_RANGE',
        apiCode: 'RULE_VIOLATED',
        field: 'objectiveRef',
      });
    });
  });
});

describe('the Theme stream', () => {
  it('is one per theme and tenant', () => {
    expect(themeStream('tenant-acme', 'theme-cost')).toBe('theme:tenant-acme:theme-cost');
  });
});

describe('Theme replay', () => {
  it('passes over events it does not know', () => {
    const state = themeDecider.evolve(themeDecider.initialState(), costDownDefined);
    expect(themeDecider.evolve(state, unknownEvent)).toBe(state);
  });
});
