import { CAST, STORY_DAYS } from './story-cast';
import { DEMO_DIVISIONS } from './organisation';
import type { SeededRandom } from './seeded-random';
import { leader, type StoryBuilder } from './story-builder';

/**
 * Leaders presenting at each other's meetings across divisions, and pairs of leaders who confirm
 * a theme they both work on. Legal's leaders present to nobody: their division stays isolated.
 */
export function relationships(story: StoryBuilder, random: SeededRandom): void {
  const active = DEMO_DIVISIONS.filter(({ divisionId }) => divisionId !== 'legal');
  for (let n = 1; n <= 24; n++) {
    const [hostDivision, presenterDivision] = random.sample(active, 2);
    const hostId = random.pick(hostDivision.leaders).leaderId;
    const presenterId = random.pick(presenterDivision.leaders).leaderId;
    const day = random.int(4, STORY_DAYS - 12);
    const invitationId = `presentation-${String(n).padStart(2, '0')}`;
    story.on(day, 9, 'InvitePeerToPresent', leader(hostId), {
      invitationId,
      hostId,
      presenterId,
      meetingAt: story.instant(day + 7, 14),
      topic: `${presenterDivision.name}'s plans for the half-year, for ${hostDivision.name}'s leadership team`,
    });
    const accepts = random.chance(0.85);
    story.on(day + 1, 9, 'RespondToInvitation', leader(presenterId), {
      invitationId,
      response: accepts ? 'accept' : 'decline',
    });
    if (accepts)
      story.on(day + 7, 17, 'RecordPresentationDelivered', leader(hostId), { invitationId });
  }
  mutualThemes(story);
}

// Pairs who share a focus area (story-org.ts gives the cast theirs) and confirm it together.
const MUTUAL_THEMES: [string, string, string, number][] = [
  [CAST.dormantPair[0], CAST.dormantPair[1], 'compliance', 6],
  [CAST.connector, 'tomas', 'efficiency', 12],
  [CAST.connector, 'raj', 'growth', 20],
  ['maria', 'kwame', 'efficiency', 15],
  ['sofia', 'david', 'customer', 25],
  ['olivia', 'anna', 'compliance', 33],
  ['grace', 'emma', 'growth', 40],
  ['noah', 'diego', 'customer', 52],
];

function mutualThemes(story: StoryBuilder): void {
  MUTUAL_THEMES.forEach(([proposer, partner, themeId, day], i) => {
    const mutualThemeId = `mutual-${String(i + 1).padStart(2, '0')}`;
    story.on(day, 13, 'ProposeMutualTheme', leader(proposer), {
      mutualThemeId,
      leaderIds: [proposer, partner],
      themeId,
    });
    story.on(day + 2, 13, 'ConfirmMutualTheme', leader(partner), { mutualThemeId });
  });
}
