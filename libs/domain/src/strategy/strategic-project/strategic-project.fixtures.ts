import { activeIn, by, finance, leaders } from '../strategy.fixtures';
import type {
  ChangeOwner,
  CloseProject,
  RegisterStrategicProject,
  ReportProjectStatus,
} from './strategic-project.commands';
import type {
  ProjectClosed,
  ProjectOwnerChanged,
  StrategicProjectRegistered,
} from './strategic-project.events';

export const projectId = 'proj-vendors';

export function registerProject(
  changes: Partial<RegisterStrategicProject['data']> = {},
  actorId: string = leaders.owner,
): RegisterStrategicProject {
  return {
    type: 'RegisterStrategicProject',
    data: {
      projectId,
      name: 'Vendor consolidation',
      ownerId: leaders.owner,
      homeDivisionId: 'div-finance',
      themeIds: ['theme-cost'],
      tier: 'T1',
      startAt: '2025-01-15T00:00:00Z',
      targetAt: '2025-09-30T00:00:00Z',
      facts: {
        owner: activeIn('div-finance'),
        homeDivision: finance,
        existingThemeIds: ['theme-cost', 'theme-ai'],
      },
      ...changes,
    },
    metadata: by(actorId),
  };
}

export const registered: StrategicProjectRegistered = {
  type: 'StrategicProjectRegistered',
  data: {
    projectId,
    name: 'Vendor consolidation',
    ownerId: leaders.owner,
    homeDivId: 'div-finance',
    themeIds: ['theme-cost'],
    tier: 'T1',
    startAt: '2025-01-15T00:00:00Z',
    targetAt: '2025-09-30T00:00:00Z',
  },
};

export function reportStatus(
  changes: Partial<ReportProjectStatus['data']> = {},
  actorId: string = leaders.owner,
): ReportProjectStatus {
  return {
    type: 'ReportProjectStatus',
    data: { projectId, rag: 'amber', confidence: 6, facts: { homeDivision: finance }, ...changes },
    metadata: by(actorId),
  };
}

export function changeOwner(
  changes: Partial<ChangeOwner['data']> = {},
  actorId: string = leaders.owner,
): ChangeOwner {
  return {
    type: 'ChangeOwner',
    data: {
      projectId,
      newOwnerId: leaders.financePeer,
      facts: { homeDivision: finance, newOwner: activeIn('div-finance') },
      ...changes,
    },
    metadata: by(actorId),
  };
}

export const ownerChangedToPeer: ProjectOwnerChanged = {
  type: 'ProjectOwnerChanged',
  data: {
    projectId,
    previousOwnerId: leaders.owner,
    ownerId: leaders.financePeer,
    ownerDivId: 'div-finance',
  },
};

export function closeProject(actorId: string = leaders.owner): CloseProject {
  return {
    type: 'CloseProject',
    data: { projectId, outcome: 'achieved', facts: { homeDivision: finance } },
    metadata: by(actorId),
  };
}

export const closed: ProjectClosed = {
  type: 'ProjectClosed',
  data: { projectId, outcome: 'achieved' },
};
