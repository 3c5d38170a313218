import type { Decider } from '../../shared/decider';
import { Conflict, NotFound, RuleViolated } from '../../shared/domain-errors';
import { exhaustive } from '../../shared/exhaustive';
import { streamId } from '../../shared/stream-id';
import { requireAdmin, requireSelf } from '../org-access';
import { NAME_BOUNDS, requireCurrentDivision, requireTextLength } from '../org-rules';
import type {
  ChangeLeaderDivision,
  DeactivateLeader,
  DeclareCapacity,
  LeaderCommand,
  RegisterLeader,
  ShareFocusAreas,
} from './leader.commands';
import type {
  FocusAreasShared,
  LeaderCapacityDeclared,
  LeaderDeactivated,
  LeaderDivisionChanged,
  LeaderEvent,
  LeaderRegistered,
} from './leader.events';
import type { ActiveLeader, LeaderState } from './leader.state';
import { requireSharableFocusAreas } from './focus-areas';

export const LEADER_CAPACITY_BOUNDS = { min: 1, max: 20 } as const;

export function leaderStream(tenantId: string, leaderId: string): string {
  return streamId('leader', tenantId, leaderId);
}

export const leaderDecider: Decider<LeaderState, LeaderCommand, LeaderEvent> = {
  name: 'Leader',
  initialState: () => ({ status: 'unregistered' }),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterLeader':
        return [registerLeader(command, state)];
      case 'ChangeLeaderDivision':
        return [changeLeaderDivision(command, state)];
      case 'DeclareCapacity':
        return [declareCapacity(command, state)];
      case 'DeactivateLeader':
        return [deactivateLeader(command, state)];
      case 'ShareFocusAreas':
        return [shareFocusAreas(command, state)];
      default:
        return exhaustive(command);
    }
  },
  evolve,
};

function registerLeader(command: RegisterLeader, state: LeaderState): LeaderRegistered {
  requireAdmin(command);
  const { leaderId, divisionId, managerId, name, level, facts } = command.data;
  if (state.status !== 'unregistered') {
    throw new Conflict('LEADER_ALREADY_REGISTERED', `Leader ${leaderId} is already registered.`);
  }
  requireCurrentDivision(facts.division, divisionId, 'divisionId');
  requireTextLength(name, NAME_BOUNDS, { code: 'NAME_LENGTH_OUT_OF_RANGE', field: 'name' });
  if (managerId === leaderId) {
    throw new RuleViolated('MANAGER_IS_SELF', 'A leader cannot be their own manager.', 'managerId');
  }
  const manager = managerId === undefined ? {} : { managerId };
  return {
    type: 'LeaderRegistered',
    data: { leaderId, divisionId, ...manager, name, level },
  };
}

function changeLeaderDivision(
  command: ChangeLeaderDivision,
  state: LeaderState,
): LeaderDivisionChanged {
  requireAdmin(command);
  const leader = activeLeader(state);
  const { toDivisionId, effectiveAt, facts } = command.data;
  if (toDivisionId === leader.divisionId) {
    throw new RuleViolated(
      'ALREADY_IN_DIVISION',
      `Leader ${leader.leaderId} already belongs to division ${toDivisionId}.`,
      'toDivisionId',
    );
  }
  requireCurrentDivision(facts.toDivision, toDivisionId, 'toDivisionId');
  return {
    type: 'LeaderDivisionChanged',
    data: { leaderId: leader.leaderId, from: leader.divisionId, to: toDivisionId, effectiveAt },
  };
}

function declareCapacity(command: DeclareCapacity, state: LeaderState): LeaderCapacityDeclared {
  requireSelf(command, command.data.leaderId);
  const { leaderId, divisionId } = activeLeader(state);
  const { maxOpen } = command.data;
  if (
    !Number.isInteger(maxOpen) ||
    maxOpen < LEADER_CAPACITY_BOUNDS.min ||
    maxOpen > LEADER_CAPACITY_BOUNDS.max
  ) {
    throw new RuleViolated(
      'CAPACITY_OUT_OF_RANGE',
      `maxOpen must be a whole number from ${LEADER_CAPACITY_BOUNDS.min} to ${LEADER_CAPACITY_BOUNDS.max}.`,
      'maxOpen',
    );
  }
  return { type: 'LeaderCapacityDeclared', data: { leaderId, divisionId, maxOpen } };
}

function deactivateLeader(command: DeactivateLeader, state: LeaderState): LeaderDeactivated {
  requireAdmin(command);
  const { leaderId, divisionId } = activeLeader(state);
  return { type: 'LeaderDeactivated', data: { leaderId, divisionId } };
}

function shareFocusAreas(command: ShareFocusAreas, state: LeaderState): FocusAreasShared {
  requireSelf(command, command.data.leaderId);
  const { leaderId, divisionId } = activeLeader(state);
  const { themeIds, facts } = command.data;
  const cycleId = requireSharableFocusAreas(themeIds, facts);
  return { type: 'FocusAreasShared', data: { leaderId, divisionId, cycleId, themeIds } };
}

/** Deactivation is final: an inactive leader can do nothing further. */
function activeLeader(state: LeaderState): ActiveLeader {
  if (state.status === 'unregistered') {
    throw new NotFound('LEADER_NOT_FOUND', 'No such leader is registered.');
  }
  if (state.status === 'inactive') {
    throw new RuleViolated('LEADER_INACTIVE', `Leader ${state.leaderId} was deactivated.`);
  }
  return state;
}

function evolve(state: LeaderState, event: LeaderEvent): LeaderState {
  switch (event.type) {
    case 'LeaderRegistered':
      return {
        status: 'active',
        leaderId: event.data.leaderId,
        divisionId: event.data.divisionId,
      };
    case 'LeaderDivisionChanged':
      return state.status === 'unregistered' ? state : { ...state, divisionId: event.data.to };
    case 'LeaderDeactivated':
      return state.status === 'unregistered' ? state : { ...state, status: 'inactive' };
    default:
      return state;
  }
}
