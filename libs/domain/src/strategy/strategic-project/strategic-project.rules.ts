import { Forbidden, NotFound, RuleViolated } from '../../shared/domain-errors';
import { instant } from '../../shared/time';
import {
  speaksForDivision,
  type DivisionRankingAuthority,
  type LeaderMembership,
} from '../strategy.facts';
import { firstDuplicate, isText } from '../strategy.rules';
import type { RegisterStrategicProject } from './strategic-project.commands';
import type { ActiveProject, StrategicProjectState } from './strategic-project.state';

const NAME_MAX_LENGTH = 200;

/** A closed project accepts nothing more: every command but registration needs an active one. */
export function activeProject(state: StrategicProjectState, projectId: string): ActiveProject {
  if (state.status === 'unregistered') {
    throw new NotFound('PROJECT_NOT_FOUND', `no strategic project ${projectId}`, 'projectId');
  }
  if (state.status === 'closed') {
    throw new RuleViolated(
      'PROJECT_CLOSED',
      `project ${projectId} is closed (${state.outcome}) and accepts nothing more`,
    );
  }
  return state;
}

export function assertActsForProject(
  actorId: string,
  ownerId: string,
  homeDivision: DivisionRankingAuthority,
): void {
  if (actorId === ownerId || speaksForDivision(actorId, homeDivision)) return;
  throw new Forbidden(
    'NOT_THE_OWNER_OR_DELEGATE',
    "only the owner, or the home division's head or a ranking delegate, may act for the project",
  );
}

export function assertProjectDefinition(
  project: Omit<RegisterStrategicProject['data'], 'facts'>,
): void {
  if (!isText(project.name, NAME_MAX_LENGTH)) {
    throw new RuleViolated(
      'PROJECT_NAME_LENGTH',
      `a project name has 1 to ${NAME_MAX_LENGTH} characters`,
      'name',
    );
  }
  assertThemeList(project.themeIds);
  if (instant(project.startAt) >= instant(project.targetAt)) {
    throw new RuleViolated(
      'TARGET_NOT_AFTER_START',
      'the target must come after the start',
      'targetAt',
    );
  }
}

function assertThemeList(themeIds: readonly string[]): void {
  if (themeIds.length === 0) {
    throw new RuleViolated('THEMES_REQUIRED', 'a project serves at least one theme', 'themeIds');
  }
  const duplicate = firstDuplicate(themeIds);
  if (duplicate !== undefined) {
    throw new RuleViolated('DUPLICATE_THEMES', `theme ${duplicate} is named twice`, 'themeIds');
  }
}

export function assertThemesExist(
  themeIds: readonly string[],
  existingThemeIds: readonly string[],
): void {
  const unknown = themeIds.find((themeId) => !existingThemeIds.includes(themeId));
  if (unknown !== undefined) {
    throw new RuleViolated('UNKNOWN_THEME', `no theme ${unknown}`, 'themeIds');
  }
}

/** An owner (new or first) is an active leader of the division that runs the project. */
export function assertOwnerOfHomeDivision(
  owner: LeaderMembership | undefined,
  homeDivisionId: string,
  field: 'ownerId' | 'newOwnerId',
): LeaderMembership {
  if (owner === undefined) {
    throw new RuleViolated('OWNER_UNKNOWN', 'the owner is not a known leader', field);
  }
  if (!owner.active) {
    throw new RuleViolated('OWNER_INACTIVE', 'the owner is no longer an active leader', field);
  }
  if (owner.divisionId !== homeDivisionId) {
    throw new RuleViolated(
      'OWNER_NOT_IN_HOME_DIVISION',
      `the owner belongs to ${owner.divisionId}, not to the home division ${homeDivisionId}`,
      field,
    );
  }
  return owner;
}
