import type { Decider } from '../../shared/decider';
import { Conflict, Forbidden, NotFound, RuleViolated } from '../../shared/domain-errors';
import { exhaustive } from '../../shared/exhaustive';
import { streamId } from '../../shared/stream-id';
import { requireAdmin, requireAdminOrExecutive } from '../org-access';
import { NAME_BOUNDS, requireTextLength } from '../org-rules';
import type {
  AppointDivisionHead,
  DelegateRanking,
  DivisionCommand,
  RegisterDivision,
  RevokeRankingDelegate,
} from './division.commands';
import type {
  DivisionEvent,
  DivisionHeadAppointed,
  DivisionRegistered,
  RankingDelegated,
  RankingDelegateRevoked,
} from './division.events';
import type { DivisionState, HeadedDivision, RegisteredDivision } from './division.state';
import { requireMember, requireNotMergedAway } from './division-rules';
import { mergeDivisions } from './merge-divisions';

export function divisionStream(tenantId: string, divisionId: string): string {
  return streamId('division', tenantId, divisionId);
}

export const divisionDecider: Decider<DivisionState, DivisionCommand, DivisionEvent> = {
  name: 'Division',
  initialState: () => ({ status: 'unregistered' }),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterDivision':
        return [registerDivision(command, state)];
      case 'AppointDivisionHead':
        return [appointDivisionHead(command, state)];
      case 'DelegateRanking':
        return [delegateRanking(command, state)];
      case 'RevokeRankingDelegate':
        return [revokeRankingDelegate(command, state)];
      case 'MergeDivisions':
        return [mergeDivisions(command, state)];
      default:
        return exhaustive(command);
    }
  },
  evolve,
};

function registerDivision(command: RegisterDivision, state: DivisionState): DivisionRegistered {
  requireAdmin(command);
  const { divisionId, name } = command.data;
  if (state.status !== 'unregistered') {
    throw new Conflict('DIVISION_ALREADY_REGISTERED', `Division ${divisionId} already exists.`);
  }
  requireTextLength(name, NAME_BOUNDS, { code: 'NAME_LENGTH_OUT_OF_RANGE', field: 'name' });
  return { type: 'DivisionRegistered', data: { divisionId, name } };
}

function appointDivisionHead(
  command: AppointDivisionHead,
  state: DivisionState,
): DivisionHeadAppointed {
  requireAdminOrExecutive(command);
  const { divisionId } = registered(state);
  const { leaderId, facts } = command.data;
  requireNotMergedAway(facts.divisionMergedAway, divisionId, 'divisionId');
  requireMember(facts.leader, { leaderId, divisionId, field: 'leaderId' }, 'HEAD_NOT_IN_DIVISION');
  if (state.status === 'headed' && state.headId === leaderId) {
    throw new RuleViolated('ALREADY_HEAD', `${leaderId} already heads ${divisionId}.`, 'leaderId');
  }
  return { type: 'DivisionHeadAppointed', data: { divisionId, leaderId } };
}

function delegateRanking(command: DelegateRanking, state: DivisionState): RankingDelegated {
  const { divisionId, headId, delegateIds } = headedBy(command, state);
  const { delegateId, facts } = command.data;
  requireNotMergedAway(facts.divisionMergedAway, divisionId, 'divisionId');
  requireMember(
    facts.delegate,
    { leaderId: delegateId, divisionId, field: 'delegateId' },
    'DELEGATE_NOT_IN_DIVISION',
  );
  if (delegateId === headId) {
    throw new RuleViolated('DELEGATE_IS_HEAD', 'The head ranks already.', 'delegateId');
  }
  if (delegateIds.includes(delegateId)) {
    throw new RuleViolated('ALREADY_A_DELEGATE', `${delegateId} ranks already.`, 'delegateId');
  }
  return { type: 'RankingDelegated', data: { divisionId, delegateId } };
}

function revokeRankingDelegate(
  command: RevokeRankingDelegate,
  state: DivisionState,
): RankingDelegateRevoked {
  const { divisionId, delegateIds } = headedBy(command, state);
  const { delegateId } = command.data;
  if (!delegateIds.includes(delegateId)) {
    throw new RuleViolated('NOT_A_DELEGATE', `${delegateId} is not a delegate.`, 'delegateId');
  }
  return { type: 'RankingDelegateRevoked', data: { divisionId, delegateId } };
}

function registered(state: DivisionState): RegisteredDivision {
  if (state.status === 'unregistered') {
    throw new NotFound('DIVISION_NOT_FOUND', 'No such division is registered.');
  }
  return state;
}

/** Only the head names and withdraws ranking delegates; a division without a head has none. */
function headedBy(command: DivisionCommand, state: DivisionState): HeadedDivision {
  const division = registered(state);
  if (division.status !== 'headed' || division.headId !== command.metadata.actorId) {
    throw new Forbidden(
      'NOT_THE_HEAD',
      `Only the head of ${division.divisionId} may ${command.type}.`,
    );
  }
  return division;
}

function evolve(state: DivisionState, event: DivisionEvent): DivisionState {
  switch (event.type) {
    case 'DivisionRegistered':
      return { status: 'registered', divisionId: event.data.divisionId };
    case 'DivisionHeadAppointed':
      return state.status === 'unregistered'
        ? state
        : {
            status: 'headed',
            divisionId: state.divisionId,
            headId: event.data.leaderId,
            delegateIds: state.status === 'headed' ? state.delegateIds : [],
          };
    case 'RankingDelegated':
      return state.status === 'headed' && !state.delegateIds.includes(event.data.delegateId)
        ? { ...state, delegateIds: [...state.delegateIds, event.data.delegateId] }
        : state;
    case 'RankingDelegateRevoked':
      return state.status === 'headed'
        ? { ...state, delegateIds: state.delegateIds.filter((id) => id !== event.data.delegateId) }
        : state;
    default:
      return state;
  }
}
