import type { Command } from '../../shared/decider';
import type { DivisionStanding } from '../org-facts';
import type { LeaderLevel } from './leader.events';

// Every command names its leader: the service derives the stream from `leaderId`.

/** RegisterLeader's facts: how the org read model knows the division the leader joins. */
export type RegisterLeaderFacts = Readonly<{ division: DivisionStanding }>;

export type RegisterLeader = Command<
  'RegisterLeader',
  {
    leaderId: string;
    divisionId: string;
    managerId?: string;
    name: string;
    level: LeaderLevel;
    facts: RegisterLeaderFacts;
  }
>;

/** ChangeLeaderDivision's facts: how the org read model knows the division the leader moves to. */
export type ChangeLeaderDivisionFacts = Readonly<{ toDivision: DivisionStanding }>;

export type ChangeLeaderDivision = Command<
  'ChangeLeaderDivision',
  { leaderId: string; toDivisionId: string; effectiveAt: string; facts: ChangeLeaderDivisionFacts }
>;

export type DeclareCapacity = Command<'DeclareCapacity', { leaderId: string; maxOpen: number }>;

export type DeactivateLeader = Command<'DeactivateLeader', { leaderId: string }>;

/**
 * ShareFocusAreas's facts: the tenant's current planning cycle (the one, open or locked, whose
 * period contains `now`) and the themes defined for it, from the org read model; null when no cycle
 * is current.
 */
export type ShareFocusAreasFacts = Readonly<{
  currentCycle: Readonly<{ cycleId: string; activeThemeIds: readonly string[] }> | null;
}>;

export type ShareFocusAreas = Command<
  'ShareFocusAreas',
  { leaderId: string; themeIds: readonly string[]; facts: ShareFocusAreasFacts }
>;

export type LeaderCommand =
  RegisterLeader | ChangeLeaderDivision | DeclareCapacity | DeactivateLeader | ShareFocusAreas;
