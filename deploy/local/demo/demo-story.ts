import { SeededRandom } from './seeded-random';
import { STORY_DAYS } from './story-cast';
import { type SeedStep, StoryBuilder } from './story-builder';
import { foundTheCompany, reorganise } from './story-org';
import { peerWork } from './story-peer';
import { relationships } from './story-relationships';
import { answerNeeds, rankPortfolios, registerProjects, reportStatus } from './story-strategy';

/** Bump when the story changes: a database seeded by another version is left as it is. */
export const STORY_VERSION = 1;
const SEED = 20_260_901;

/**
 * The demo's three months, as commands in business-time order from `start`: a company founds its
 * planning cycle and divisions, registers fifteen strategic projects, ranks portfolios, and its
 * leaders ask, help, present and commit to each other. Drawn from a fixed seed: the same start
 * gives the same steps.
 */
export function demoStory(start: Date): SeedStep[] {
  const story = new StoryBuilder(start, STORY_DAYS);
  // Each part draws from a generator of its own, so changing one part leaves the others alone.
  foundTheCompany(story, new SeededRandom(SEED + 1));
  registerProjects(story);
  rankPortfolios(story, new SeededRandom(SEED + 2));
  answerNeeds(story, new SeededRandom(SEED + 3));
  reportStatus(story, new SeededRandom(SEED + 4));
  peerWork(story, new SeededRandom(SEED + 5));
  relationships(story, new SeededRandom(SEED + 6));
  reorganise(story);
  return story.build();
}

/** The story starts 91 days before the day it is first seeded, at midnight UTC. */
export function storyStartFor(today: Date): Date {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return new Date(midnight - 91 * 86_400_000);
}
