import { deciderSpec } from '@lib/testing';
import { by, leaders, operations } from '../strategy.fixtures';
import type { PortfolioItem, RankDivisionPortfolio } from './division-portfolio.commands';
import { divisionPortfolioDecider } from './division-portfolio.decider';
import type { DivisionPortfolioRanked } from './division-portfolio.events';

const spec = deciderSpec(divisionPortfolioDecider);

// Operations ranks its own fleet project, Finance's need for its support, and a company theme.
const items: readonly PortfolioItem[] = [
  { kind: 'project', ref: 'proj-fleet' },
  { kind: 'need', ref: 'need-41' },
  { kind: 'theme', ref: 'theme-cost' },
];

function rank(
  changes: Partial<RankDivisionPortfolio['data']> = {},
  actorId: string = leaders.operationsHead,
): RankDivisionPortfolio {
  return {
    type: 'RankDivisionPortfolio',
    data: {
      divisionId: 'div-ops',
      cycleId: 'fy25-h1',
      items,
      expectedRevision: 0,
      facts: {
        division: operations,
        cycleStatus: 'open',
        rankable: {
          themeIds: ['theme-cost', 'theme-ai'],
          projectIds: ['proj-fleet'],
          needIds: ['need-41', 'need-7'],
        },
        openInboundNeedIds: ['need-41'],
      },
      ...changes,
    },
    metadata: by(actorId),
  };
}

function ranked(
  revision: number,
  rankedBy: string = leaders.operationsHead,
): DivisionPortfolioRanked {
  return {
    type: 'DivisionPortfolioRanked',
    data: { divisionId: 'div-ops', cycleId: 'fy25-h1', revision, items, rankedBy, warnings: [] },
  };
}

const facts = rank().data.facts;

describe('RankDivisionPortfolio', () => {
  it('records the full ordered list as the first revision', () => {
    spec
      .given([])
      .when(rank())
      .then([ranked(1)]);
  });

  it('may be ranked by a ranking delegate of the division', () => {
    spec
      .given([])
      .when(rank({}, leaders.operationsDelegate))
      .then([ranked(1, leaders.operationsDelegate)]);
  });

  describe('when the portfolio was ranked before', () => {
    it('records the whole new list as the next revision', () => {
      const reordered = [...items].reverse();
      const [event] = spec
        .given([ranked(1), ranked(2)])
        .when(rank({ items: reordered, expectedRevision: 2 }))
        .thenEvents();
      expect(event?.data).toMatchObject({ revision: 3, items: reordered });
    });
  });

  describe.each([
    ['stale', [ranked(1), ranked(2)], 1, 2],
    ['ahead of the portfolio', [], 1, 0],
  ])('when the expected revision is %s', (_, history, expectedRevision, actual) => {
    it('is refused as a conflict naming both revisions', () => {
      spec
        .given(history)
        .when(rank({ expectedRevision }))
        .thenFails({ apiCode: 'CONFLICT', code: 'REVISION_MISMATCH', field: 'expectedRevision' });
      expect(() =>
        divisionPortfolioDecider.decide(
          rank({ expectedRevision }),
          history.reduce(divisionPortfolioDecider.evolve, divisionPortfolioDecider.initialState()),
        ),
      ).toThrow(
        `expected revision ${expectedRevision}, but the portfolio is at revision ${actual}`,
      );
    });
  });

  describe.each([
    ['a leader of the division', leaders.operationsPeer],
    ['the head of another division', leaders.financeHead],
  ])('when %s ranks it', (_, actorId) => {
    it('is forbidden', () => {
      spec
        .given([])
        .when(rank({}, actorId))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_DIVISION_HEAD_OR_DELEGATE' });
    });
  });

  describe.each([
    ['locked', 'locked'],
    ['closed', 'closed'],
    ['unknown', undefined],
  ] as const)('when the cycle is %s', (_, cycleStatus) => {
    it('is refused: only an open cycle is ranked', () => {
      spec
        .given([])
        .when(rank({ facts: { ...facts, cycleStatus } }))
        .thenFails({ apiCode: 'RULE_VIOLATED', code: 'CYCLE_NOT_OPEN', field: 'cycleId' });
    });
  });

  describe('when an item is ranked twice', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(rank({ items: [...items, { kind: 'need', ref: 'need-41' }] }))
        .thenFails({ code: 'DUPLICATE_PORTFOLIO_ITEM', field: 'items' });
    });
  });

  describe.each([
    ['a theme of another cycle', { kind: 'theme', ref: 'theme-2024' }],
    ['a project of another division', { kind: 'project', ref: 'proj-vendors' }],
    ['a need addressed to another division', { kind: 'need', ref: 'need-99' }],
    ['an existing ref of another kind', { kind: 'theme', ref: 'proj-fleet' }],
  ] as const)('when an item is %s', (_, item) => {
    it('is refused', () => {
      spec
        .given([])
        .when(rank({ items: [item] }))
        .thenFails({ code: 'UNKNOWN_PORTFOLIO_ITEM', field: 'items' });
    });
  });

  describe('when an open need addressed to the division is left out', () => {
    it('is ranked with the UNRANKED_INBOUND_NEEDS warning', () => {
      const withoutNeed = items.filter((item) => item.kind !== 'need');
      const [event] = spec
        .given([])
        .when(rank({ items: withoutNeed }))
        .thenEvents();
      expect(event?.data).toMatchObject({
        items: withoutNeed,
        warnings: ['UNRANKED_INBOUND_NEEDS'],
      });
    });
  });

  describe('when only needs that are no longer open are left out', () => {
    it('is ranked without a warning', () => {
      const [event] = spec.given([]).when(rank()).thenEvents();
      expect(event?.data.items).not.toContainEqual({ kind: 'need', ref: 'need-7' });
      expect(event?.data.warnings).toEqual([]);
    });
  });
});

describe('divisionPortfolioDecider.evolve', () => {
  it('ignores an event it does not know', () => {
    const state = { status: 'ranked', revision: 2 } as const;
    const unknown = { type: 'SomethingElse', data: {} } as unknown as DivisionPortfolioRanked;
    expect(divisionPortfolioDecider.evolve(state, unknown)).toBe(state);
  });
});
