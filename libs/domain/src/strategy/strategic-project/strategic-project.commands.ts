import type { Command } from '../../shared/decider';
import type { DivisionRankingAuthority, LeaderMembership } from '../strategy.facts';
import type { ProjectOutcome, ProjectTier, RagStatus } from '../strategy.vocabulary';

/**
 * Who may act for a project besides its owner: the head of its home division and the ranking
 * delegates the head named (the contract registers no project members, so the division's own
 * delegation is the one list of delegates the platform keeps).
 */
export type ProjectDelegationFacts = Readonly<{
  /** The project's home division: its head and ranking delegates, from the org read model. */
  homeDivision: DivisionRankingAuthority;
}>;

export type RegisterStrategicProjectFacts = ProjectDelegationFacts &
  Readonly<{
    /** The named owner, from the org read model; absent when no such leader is known. */
    owner?: LeaderMembership;
    /** Those of the command's `themeIds` that are defined (org read model: ThemeDefined). */
    existingThemeIds: readonly string[];
  }>;

export type ChangeOwnerFacts = ProjectDelegationFacts &
  Readonly<{
    /** The new owner, from the org read model; absent when no such leader is known. */
    newOwner?: LeaderMembership;
  }>;

export type RegisterStrategicProject = Command<
  'RegisterStrategicProject',
  {
    projectId: string;
    name: string;
    ownerId: string;
    homeDivisionId: string;
    themeIds: readonly string[];
    tier: ProjectTier;
    startAt: string;
    targetAt: string;
    facts: RegisterStrategicProjectFacts;
  }
>;

export type ReportProjectStatus = Command<
  'ReportProjectStatus',
  {
    projectId: string;
    rag: RagStatus;
    /** 0 (no confidence of meeting the target) to 10. */
    confidence: number;
    note?: string;
    facts: ProjectDelegationFacts;
  }
>;

export type ChangeOwner = Command<
  'ChangeOwner',
  { projectId: string; newOwnerId: string; facts: ChangeOwnerFacts }
>;

export type CloseProject = Command<
  'CloseProject',
  { projectId: string; outcome: ProjectOutcome; facts: ProjectDelegationFacts }
>;

export type StrategicProjectCommand =
  RegisterStrategicProject | ReportProjectStatus | ChangeOwner | CloseProject;
