import type { Command } from '../../shared/decider';
import type { CycleStatus } from '../planning-calendar/planning-calendar.state';

/**
 * DefineTheme's facts: the status of the cycle named by `cycleId`, from the org read model of the
 * tenant's planning calendar (CycleOpened / CycleLocked / CycleClosed); null when there is no such
 * cycle.
 */
export type DefineThemeFacts = Readonly<{ cycleStatus: CycleStatus | null }>;

export type DefineTheme = Command<
  'DefineTheme',
  {
    themeId: string;
    cycleId: string;
    name: string;
    objectiveRef?: string;
    facts: DefineThemeFacts;
  }
>;

export type ThemeCommand = DefineTheme;
