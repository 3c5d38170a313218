import { deciderSpec } from '@lib/testing';
import {
  ana,
  ben,
  cho,
  finance,
  inactiveIn,
  operations,
  unknownEvent,
} from '../test/peer-fixtures';
import {
  bothActive,
  confirm,
  confirmed,
  propose,
  proposed,
  proposedProjects,
} from '../test/mutual-theme-history';
import { mutualThemeDecider } from './mutual-theme.decider';
import { mutualThemeStream } from './mutual-theme.state';

const spec = deciderSpec(mutualThemeDecider);

describe('ProposeMutualTheme', () => {
  it('proposes a shared theme, naming both leaders with their divisions', () => {
    spec.given([]).when(propose()).then([proposed]);
  });

  it('proposes a set of shared projects', () => {
    spec
      .given([])
      .when(propose({ projectIds: ['proj-vendors', 'proj-fleet'] }))
      .then([proposedProjects]);
  });

  describe('when both leaders are in the same division', () => {
    it('is proposed with the SAME_DIVISION warning', () => {
      const sameDivision = {
        proposer: bothActive.proposer,
        partner: { divisionId: finance, active: true },
      };
      spec
        .given([])
        .when(propose(undefined, { facts: sameDivision }))
        .then([
          {
            type: 'MutualThemeProposed',
            data: {
              ...proposed.data,
              leaderDivIds: [finance, finance],
              warnings: ['SAME_DIVISION'],
            },
          },
        ]);
    });
  });

  describe('when the proposal exists', () => {
    it('conflicts', () => {
      spec
        .given([proposed])
        .when(propose())
        .thenFails({ code: 'MUTUAL_THEME_ALREADY_PROPOSED', apiCode: 'CONFLICT' });
    });
  });

  describe('when the proposer is not the first leader named', () => {
    it('is forbidden', () => {
      spec
        .given([])
        .when(propose(undefined, {}, ben))
        .thenFails({ code: 'NOT_THE_PROPOSER', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the leader proposes to themselves', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(propose(undefined, { leaderIds: [ana, ana] }))
        .thenFails({
          code: 'CANNOT_PROPOSE_TO_ONESELF',
          apiCode: 'RULE_VIOLATED',
          field: 'leaderIds',
        });
    });
  });

  describe('when a leader is unknown or inactive', () => {
    it.each([
      ['the proposer is unknown', { proposer: undefined }, 'PROPOSER_NOT_FOUND'],
      ['the partner is unknown', { partner: undefined }, 'PARTNER_NOT_FOUND'],
      ['the proposer is inactive', { proposer: inactiveIn(finance) }, 'PROPOSER_INACTIVE'],
      [
        'the partner is inactive: they could never confirm',
        { partner: inactiveIn(operations) },
        'PARTNER_INACTIVE',
      ],
    ])('is refused when %s', (_, facts, code) => {
      spec
        .given([])
        .when(propose(undefined, { facts: { ...bothActive, ...facts } }))
        .thenFails({ code, field: 'leaderIds' });
    });
  });

  describe('what the leaders share', () => {
    // The types rule both out; the service maps untyped input onto them, so the decider checks.
    it.each([
      ['both a theme and projects', { themeId: 'theme-cost', projectIds: ['proj-vendors'] }],
      ['neither', {}],
    ])('must not be %s', (_, subject) => {
      spec
        .given([])
        .when(propose(subject as never))
        .thenFails({ code: 'THEME_OR_PROJECTS_REQUIRED', apiCode: 'RULE_VIOLATED' });
    });

    it('must name at least one project', () => {
      spec
        .given([])
        .when(propose({ projectIds: [] }))
        .thenFails({ code: 'THEME_OR_PROJECTS_REQUIRED', field: 'projectIds' });
    });

    it('must not name a project twice', () => {
      spec
        .given([])
        .when(propose({ projectIds: ['proj-vendors', 'proj-vendors'] }))
        .thenFails({ code: 'DUPLICATE_PROJECT_IDS', field: 'projectIds' });
    });
  });
});

describe('ConfirmMutualTheme', () => {
  it('confirms the mutual theme, by the partner in their division', () => {
    spec.given([proposed]).when(confirm()).then([confirmed]);
  });

  describe('when someone other than the partner confirms', () => {
    it.each([
      ['the proposer', ana],
      ['another leader', cho],
    ])('is forbidden to %s', (_, actor) => {
      spec
        .given([proposed])
        .when(confirm(actor))
        .thenFails({ code: 'NOT_THE_PARTNER', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when it was already confirmed', () => {
    it('is refused: once only', () => {
      spec
        .given([proposed, confirmed])
        .when(confirm())
        .thenFails({ code: 'MUTUAL_THEME_ALREADY_CONFIRMED', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('when the proposal does not exist', () => {
    it('is not found', () => {
      spec.given([]).when(confirm()).thenFails({
        code: 'MUTUAL_THEME_NOT_FOUND',
        apiCode: 'NOT_FOUND',
        field: 'mutualThemeId',
      });
    });
  });
});

describe('MutualTheme', () => {
  it('lives in its own stream per tenant', () => {
    expect(mutualThemeStream('tenant-acme', 'mt-3')).toBe('mutual-theme:tenant-acme:mt-3');
  });

  it('passes over an event it does not know on replay', () => {
    spec.given([proposed, unknownEvent]).when(confirm()).then([confirmed]);
  });

  it('ignores a confirmation that precedes the proposal', () => {
    spec.given([confirmed]).when(confirm()).thenFails({ code: 'MUTUAL_THEME_NOT_FOUND' });
  });
});
