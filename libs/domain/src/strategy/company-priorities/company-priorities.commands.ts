import type { Command } from '../../shared/decider';

export type RankCompanyPrioritiesFacts = Readonly<{
  /** The themes defined for the cycle (org read model: ThemeDefined). */
  cycleThemeIds: readonly string[];
}>;

export type RankCompanyPriorities = Command<
  'RankCompanyPriorities',
  {
    cycleId: string;
    /** Highest priority first. */
    themeIds: readonly string[];
    facts: RankCompanyPrioritiesFacts;
  }
>;

export type CompanyPrioritiesCommand = RankCompanyPriorities;
