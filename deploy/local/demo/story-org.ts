import { CAST, COMPANY_PRIORITIES, STORY_DAYS, THEMES } from './story-cast';
import { DEMO_DIVISIONS, DEMO_LEADERS } from './organisation';
import type { SeededRandom } from './seeded-random';
import { admin, leader, type StoryBuilder } from './story-builder';

export const DEMO_CYCLE_ID = 'demo-cycle';

/** Day 0 and 1: the planning cycle, its themes, the divisions with heads and delegates, the leaders. */
export function foundTheCompany(story: StoryBuilder, random: SeededRandom): void {
  story.on(0, 8, 'OpenCycle', admin, {
    cycleId: DEMO_CYCLE_ID,
    startsAt: story.instant(0, 0),
    endsAt: story.instant(STORY_DAYS + 92, 0),
  });
  for (const theme of THEMES)
    story.on(0, 8, 'DefineTheme', admin, { ...theme, cycleId: DEMO_CYCLE_ID });
  for (const division of DEMO_DIVISIONS) {
    const { divisionId, name, leaders } = division;
    story.on(0, 9, 'RegisterDivision', admin, { divisionId, name });
    const head = leaders[0].leaderId;
    for (const { leaderId, name: leaderName, level } of leaders) {
      story.on(0, 10, 'RegisterLeader', admin, {
        leaderId,
        divisionId,
        name: leaderName,
        level,
        ...(leaderId === head ? {} : { managerId: head }),
      });
    }
    story.on(0, 11, 'AppointDivisionHead', admin, { divisionId, leaderId: head });
    story.on(0, 12, 'DelegateRanking', leader(head, 'division_head'), {
      divisionId,
      delegateId: leaders[1].leaderId,
    });
  }
  // The connector says early on how much she can take: few, so her overload shows when it comes.
  story.on(0, 13, 'DeclareCapacity', leader(CAST.connector), {
    leaderId: CAST.connector,
    maxOpen: 4,
  });
  for (const { leaderId } of DEMO_LEADERS) {
    story.on(1, 9, 'ShareFocusAreas', leader(leaderId), {
      leaderId,
      themeIds: focusAreasOf(leaderId, random),
    });
  }
  story.on(1, 10, 'RankCompanyPriorities', admin, {
    cycleId: DEMO_CYCLE_ID,
    themeIds: COMPANY_PRIORITIES,
  });
}

/** Day 45: Marketing becomes part of Sales. */
export function reorganise(story: StoryBuilder): void {
  const { sourceId, targetId, day } = CAST.merger;
  story.on(day, 9, 'MergeDivisions', admin, {
    targetId,
    sourceIds: [sourceId],
    effectiveAt: story.instant(day, 9),
  });
  story.on(day, 10, 'ShareFocusAreas', leader(CAST.taker), {
    leaderId: CAST.taker,
    themeIds: ['growth', 'customer'],
  });
}

const FOCUS_AREAS: Record<string, string[]> = {
  [CAST.connector]: ['efficiency', 'growth', 'talent'],
  [CAST.taker]: ['growth'],
  [CAST.dormantPair[0]]: ['compliance', 'efficiency'],
  [CAST.dormantPair[1]]: ['compliance'],
};

function focusAreasOf(leaderId: string, random: SeededRandom): string[] {
  const themeIds = THEMES.map(({ themeId }) => themeId);
  return FOCUS_AREAS[leaderId] ?? random.sample(themeIds, random.int(1, 3));
}
