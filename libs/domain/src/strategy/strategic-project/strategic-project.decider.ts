import type { Decider } from '../../shared/decider';
import { Conflict, RuleViolated } from '../../shared/domain-errors';
import { exhaustive } from '../../shared/exhaustive';
import { streamId } from '../../shared/stream-id';
import { isText, NOTE_MAX_LENGTH } from '../strategy.rules';
import type {
  ChangeOwner,
  CloseProject,
  RegisterStrategicProject,
  ReportProjectStatus,
  StrategicProjectCommand,
} from './strategic-project.commands';
import type { StrategicProjectEvent } from './strategic-project.events';
import {
  activeProject,
  assertActsForProject,
  assertOwnerOfHomeDivision,
  assertProjectDefinition,
  assertThemesExist,
} from './strategic-project.rules';
import type { StrategicProjectState } from './strategic-project.state';

export function strategicProjectStream(tenantId: string, projectId: string): string {
  return streamId('strategic-project', tenantId, projectId);
}

type Events = StrategicProjectEvent[];

function register(command: RegisterStrategicProject, state: StrategicProjectState): Events {
  const { facts, ...project } = command.data;
  if (state.status !== 'unregistered') {
    throw new Conflict(
      'PROJECT_ALREADY_REGISTERED',
      `project ${project.projectId} is already registered`,
      'projectId',
    );
  }
  assertActsForProject(command.metadata.actorId, project.ownerId, facts.homeDivision);
  assertProjectDefinition(project);
  assertOwnerOfHomeDivision(facts.owner, project.homeDivisionId, 'ownerId');
  assertThemesExist(project.themeIds, facts.existingThemeIds);
  const { projectId, name, ownerId, homeDivisionId, themeIds, tier, startAt, targetAt } = project;
  return [
    {
      type: 'StrategicProjectRegistered',
      data: {
        projectId,
        name,
        ownerId,
        homeDivId: homeDivisionId,
        themeIds,
        tier,
        startAt,
        targetAt,
      },
    },
  ];
}

function reportStatus(command: ReportProjectStatus, state: StrategicProjectState): Events {
  const { projectId, rag, confidence, note, facts } = command.data;
  const project = activeProject(state, projectId);
  assertActsForProject(command.metadata.actorId, project.ownerId, facts.homeDivision);
  if (!Number.isInteger(confidence) || confidence < 0 || confidence > 10) {
    throw new RuleViolated('CONFIDENCE_OUT_OF_RANGE', 'confidence is 0 to 10', 'confidence');
  }
  if (note !== undefined && !isText(note, NOTE_MAX_LENGTH)) {
    throw new RuleViolated('NOTE_LENGTH', `a note has 1 to ${NOTE_MAX_LENGTH} characters`, 'note');
  }
  const reportedBy = command.metadata.actorId;
  return [
    {
      type: 'ProjectStatusReported',
      data: { projectId, reportedBy, rag, confidence, ...(note === undefined ? {} : { note }) },
    },
  ];
}

function changeOwner(command: ChangeOwner, state: StrategicProjectState): Events {
  const { projectId, newOwnerId, facts } = command.data;
  const project = activeProject(state, projectId);
  assertActsForProject(command.metadata.actorId, project.ownerId, facts.homeDivision);
  if (newOwnerId === project.ownerId) {
    throw new RuleViolated(
      'ALREADY_THE_OWNER',
      `${newOwnerId} already owns the project`,
      'newOwnerId',
    );
  }
  const newOwner = assertOwnerOfHomeDivision(facts.newOwner, project.homeDivisionId, 'newOwnerId');
  return [
    {
      type: 'ProjectOwnerChanged',
      data: {
        projectId,
        previousOwnerId: project.ownerId,
        ownerId: newOwnerId,
        ownerDivId: newOwner.divisionId,
      },
    },
  ];
}

function close(command: CloseProject, state: StrategicProjectState): Events {
  const { projectId, outcome, facts } = command.data;
  const project = activeProject(state, projectId);
  assertActsForProject(command.metadata.actorId, project.ownerId, facts.homeDivision);
  return [{ type: 'ProjectClosed', data: { projectId, outcome } }];
}

function evolve(state: StrategicProjectState, event: StrategicProjectEvent): StrategicProjectState {
  switch (event.type) {
    case 'StrategicProjectRegistered': {
      if (state.status !== 'unregistered') return state;
      const { projectId, ownerId, homeDivId } = event.data;
      return { status: 'active', projectId, ownerId, homeDivisionId: homeDivId };
    }
    case 'ProjectOwnerChanged':
      return state.status === 'active' ? { ...state, ownerId: event.data.ownerId } : state;
    case 'ProjectClosed':
      return state.status === 'active'
        ? { status: 'closed', projectId: state.projectId, outcome: event.data.outcome }
        : state;
    default:
      // Status reports change no rule; unknown events leave the state as it is.
      return state;
  }
}

export const strategicProjectDecider: Decider<
  StrategicProjectState,
  StrategicProjectCommand,
  StrategicProjectEvent
> = {
  name: 'StrategicProject',
  initialState: () => ({ status: 'unregistered' }),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterStrategicProject':
        return register(command, state);
      case 'ReportProjectStatus':
        return reportStatus(command, state);
      case 'ChangeOwner':
        return changeOwner(command, state);
      case 'CloseProject':
        return close(command, state);
      default:
        return exhaustive(command);
    }
  },
  evolve,
};
