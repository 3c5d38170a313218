import { deciderSpec } from '@lib/testing';
import { by, leaders } from '../strategy.fixtures';
import type { RankCompanyPriorities } from './company-priorities.commands';
import { companyPrioritiesDecider } from './company-priorities.decider';
import type { CompanyPrioritiesRanked } from './company-priorities.events';

const spec = deciderSpec(companyPrioritiesDecider);

function rank(
  themeIds: readonly string[],
  roles: readonly string[] = ['leader', 'executive'],
): RankCompanyPriorities {
  return {
    type: 'RankCompanyPriorities',
    data: {
      cycleId: 'fy25-h1',
      themeIds,
      facts: { cycleThemeIds: ['theme-ai', 'theme-cost', 'theme-people'] },
    },
    metadata: by(leaders.outsider, roles),
  };
}

function ranked(themeIds: readonly string[]): CompanyPrioritiesRanked {
  return { type: 'CompanyPrioritiesRanked', data: { cycleId: 'fy25-h1', themeIds } };
}

describe('RankCompanyPriorities', () => {
  it("records the executive's ordered list of the cycle's themes", () => {
    spec
      .given([])
      .when(rank(['theme-ai', 'theme-cost']))
      .then([ranked(['theme-ai', 'theme-cost'])]);
  });

  it('may be ranked by an admin', () => {
    spec
      .given([])
      .when(rank(['theme-cost'], ['admin']))
      .then([ranked(['theme-cost'])]);
  });

  describe('when it was ranked before', () => {
    it('replaces the whole list', () => {
      spec
        .given([ranked(['theme-ai', 'theme-cost'])])
        .when(rank(['theme-cost', 'theme-ai']))
        .then([ranked(['theme-cost', 'theme-ai'])]);
    });
  });

  describe.each([
    ['a leader', ['leader']],
    ['a division head', ['leader', 'division_head']],
    ['someone without roles', []],
  ])('when %s ranks them', (_, roles) => {
    it('is forbidden', () => {
      spec
        .given([])
        .when(rank(['theme-ai'], roles))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_EXECUTIVE_OR_ADMIN' });
    });
  });

  describe('when a theme is ranked twice', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(rank(['theme-ai', 'theme-cost', 'theme-ai']))
        .thenFails({ apiCode: 'RULE_VIOLATED', code: 'DUPLICATE_THEMES', field: 'themeIds' });
    });
  });

  describe('when a theme is not of the cycle', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(rank(['theme-ai', 'theme-2024']))
        .thenFails({ code: 'THEME_NOT_IN_CYCLE', field: 'themeIds' });
    });
  });
});

describe('companyPrioritiesDecider.evolve', () => {
  it('ignores an event it does not know', () => {
    const state = companyPrioritiesDecider.initialState();
    const unknown = { type: 'SomethingElse', data: {} } as unknown as CompanyPrioritiesRanked;
    expect(companyPrioritiesDecider.evolve(state, unknown)).toBe(state);
  });
});
