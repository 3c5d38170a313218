import { Conflict, NotFound, RuleViolated } from '../../shared/domain-errors';
import { instant } from '../../shared/time';
import { isPositiveCapacity } from '../strategy.rules';
import type {
  AcceptCounterProposal,
  DeclareSupportNeed,
  DeclareSupportNeedFacts,
  ProjectAtDeclaration,
  WithdrawSupportNeed,
} from './support-need.commands';
import type { SupportNeedEvent } from './support-need.events';
import {
  assertProjectOwner,
  existingNeed,
  stillOpen,
  withCounterProposal,
} from './support-need.rules';
import type { SupportNeedState } from './support-need.state';

// What the project's side decides: declaring a need, accepting an offer, withdrawing the need.

type Events = SupportNeedEvent[];
type Declaration = Omit<DeclareSupportNeed['data'], 'facts'>;

export function declare(command: DeclareSupportNeed, state: SupportNeedState): Events {
  const { facts, ...need } = command.data;
  if (state.status !== 'undeclared') {
    throw new Conflict(
      'SUPPORT_NEED_ALREADY_DECLARED',
      `support need ${need.needId} is already declared`,
      'needId',
    );
  }
  const project = activeProject(facts.project, need.projectId);
  assertProjectOwner(command.metadata.actorId, project.ownerId);
  assertWhatIsNeeded(need, project);
  assertKeyContact(need, facts);
  const { needId, projectId, supportingDivisionId, keyContactId, neededBy, criticality } = need;
  return [
    {
      type: 'SupportNeedDeclared',
      data: {
        needId,
        projectId,
        supportingDivId: supportingDivisionId,
        homeDivId: project.homeDivisionId,
        ...(keyContactId === undefined ? {} : { keyContactId }),
        capacity: need.capacityFteWeeks,
        neededBy,
        criticality,
      },
    },
  ];
}

function activeProject(project: ProjectAtDeclaration | undefined, projectId: string) {
  if (project === undefined) {
    throw new NotFound('PROJECT_NOT_FOUND', `no strategic project ${projectId}`, 'projectId');
  }
  if (project.status === 'closed') {
    throw new RuleViolated('PROJECT_CLOSED', `project ${projectId} is closed`, 'projectId');
  }
  return project;
}

function assertWhatIsNeeded(need: Declaration, project: ProjectAtDeclaration): void {
  if (need.supportingDivisionId === project.homeDivisionId) {
    throw new RuleViolated(
      'SUPPORTING_DIVISION_IS_HOME_DIVISION',
      'support is needed from another division than the one running the project',
      'supportingDivisionId',
    );
  }
  if (!isPositiveCapacity(need.capacityFteWeeks)) {
    throw new RuleViolated(
      'CAPACITY_NOT_POSITIVE',
      'the capacity needed is more than 0 FTE-weeks',
      'capacityFteWeeks',
    );
  }
  if (instant(need.neededBy) > instant(project.targetAt)) {
    throw new RuleViolated(
      'NEEDED_AFTER_PROJECT_TARGET',
      `support cannot be needed after the project's target (${project.targetAt})`,
      'neededBy',
    );
  }
}

function assertKeyContact(need: Declaration, { keyContact }: DeclareSupportNeedFacts): void {
  if (need.keyContactId === undefined) return;
  const field = 'keyContactId';
  if (keyContact === undefined) {
    throw new RuleViolated('KEY_CONTACT_UNKNOWN', 'the key contact is not a known leader', field);
  }
  if (!keyContact.active) {
    throw new RuleViolated('KEY_CONTACT_INACTIVE', 'the key contact is no longer active', field);
  }
  if (keyContact.divisionId !== need.supportingDivisionId) {
    throw new RuleViolated(
      'KEY_CONTACT_NOT_IN_SUPPORTING_DIVISION',
      `the key contact belongs to ${keyContact.divisionId}, not to the supporting division`,
      field,
    );
  }
}

export function acceptCounterProposal(
  command: AcceptCounterProposal,
  state: SupportNeedState,
): Events {
  const { needId, facts } = command.data;
  const need = existingNeed(state, needId);
  assertProjectOwner(command.metadata.actorId, facts.projectOwnerId);
  const { ref, offer } = withCounterProposal(need);
  return [
    {
      type: 'SupportCounterAccepted',
      data: { ...ref, deliverBy: offer.deliverBy, capacity: offer.capacity },
    },
  ];
}

export function withdraw(command: WithdrawSupportNeed, state: SupportNeedState): Events {
  const { needId, facts } = command.data;
  const need = existingNeed(state, needId);
  assertProjectOwner(command.metadata.actorId, facts.projectOwnerId);
  return [{ type: 'SupportNeedWithdrawn', data: { ...stillOpen(need).ref } }];
}
