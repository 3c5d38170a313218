import { deciderSpec } from '@lib/testing';
import type { CommandMetadata } from '../../shared/decider';
import { aLeader, anAdmin } from '../test/org-fixtures';
import { ana, anaDeactivated, anaRegistered, finance } from '../test/leader-history';
import type { ShareFocusAreas, ShareFocusAreasFacts } from './leader.commands';
import { leaderDecider } from './leader.decider';

const spec = deciderSpec(leaderDecider);

const sixThemes = ['theme-cost', 'theme-ai', 'theme-people', 'theme-cx', 'theme-esg', 'theme-x'];
const currentCycle: ShareFocusAreasFacts = {
  currentCycle: { cycleId: 'fy25-h1', activeThemeIds: sixThemes },
};

function share(
  themeIds: readonly string[],
  facts: ShareFocusAreasFacts = currentCycle,
  metadata: CommandMetadata = aLeader(ana),
): ShareFocusAreas {
  return { type: 'ShareFocusAreas', data: { leaderId: ana, themeIds, facts }, metadata };
}

describe('ShareFocusAreas', () => {
  it("shares themes of the current cycle, with the leader's division", () => {
    spec
      .given([anaRegistered])
      .when(share(['theme-cost', 'theme-ai']))
      .then([
        {
          type: 'FocusAreasShared',
          data: {
            leaderId: ana,
            divisionId: finance,
            cycleId: 'fy25-h1',
            themeIds: ['theme-cost', 'theme-ai'],
          },
        },
      ]);
  });

  it('accepts up to five themes', () => {
    const five = ['theme-cost', 'theme-ai', 'theme-people', 'theme-cx', 'theme-esg'];
    const [event] = spec.given([anaRegistered]).when(share(five)).thenEvents();
    expect(event.data).toMatchObject({ themeIds: five });
  });

  describe.each([
    ['no theme', []],
    ['six themes', sixThemes],
  ])('when sharing %s', (_, themeIds) => {
    it('is refused: one to five themes', () => {
      spec.given([anaRegistered]).when(share(themeIds)).thenFails({
        code: 'FOCUS_AREA_COUNT_OUT_OF_RANGE',
        apiCode: 'RULE_VIOLATED',
        field: 'themeIds',
      });
    });
  });

  describe('when a theme is named twice', () => {
    it('is refused', () => {
      spec
        .given([anaRegistered])
        .when(share(['theme-ai', 'theme-ai']))
        .thenFails({ code: 'DUPLICATE_THEMES', apiCode: 'RULE_VIOLATED', field: 'themeIds' });
    });
  });

  describe('when a theme is not active in the current cycle', () => {
    it('is refused', () => {
      spec
        .given([anaRegistered])
        .when(share(['theme-ai', 'theme-from-last-year']))
        .thenFails({ code: 'THEME_NOT_ACTIVE', apiCode: 'RULE_VIOLATED', field: 'themeIds' });
    });
  });

  describe('when no planning cycle is current', () => {
    it('is refused', () => {
      spec
        .given([anaRegistered])
        .when(share(['theme-ai'], { currentCycle: null }))
        .thenFails({ code: 'NO_CURRENT_CYCLE', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('when someone shares them for another leader', () => {
    it('is forbidden, even for an admin', () => {
      spec
        .given([anaRegistered])
        .when(share(['theme-ai'], currentCycle, anAdmin()))
        .thenFails({ code: 'NOT_THE_LEADER', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the leader is not registered', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(share(['theme-ai']))
        .thenFails({ code: 'LEADER_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });

  describe('when the leader was deactivated', () => {
    it('is refused', () => {
      spec
        .given([anaRegistered, anaDeactivated])
        .when(share(['theme-ai']))
        .thenFails({ code: 'LEADER_INACTIVE', apiCode: 'RULE_VIOLATED' });
    });
  });
});
