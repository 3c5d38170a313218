import type { Decider } from '../../shared/decider';
import { exhaustive } from '../../shared/exhaustive';
import { streamId } from '../../shared/stream-id';
import type { SupportNeedCommand } from './support-need.commands';
import {
  commit,
  counterPropose,
  decline,
  recordDelivered,
  reportSlip,
} from './support-need.division-decisions';
import type { SupportNeedDeclaredData, SupportNeedEvent } from './support-need.events';
import { acceptCounterProposal, declare, withdraw } from './support-need.owner-decisions';
import { isOpen, requestOf, type SupportNeedState, type SupportTerms } from './support-need.state';

export function supportNeedStream(tenantId: string, needId: string): string {
  return streamId('support-need', tenantId, needId);
}

function declared(data: SupportNeedDeclaredData): SupportNeedState {
  const { needId, projectId, supportingDivId, neededBy, capacity } = data;
  return { status: 'declared', ref: { needId, projectId, supportingDivId }, neededBy, capacity };
}

function terms({ deliverBy, capacity }: SupportTerms): SupportTerms {
  return { deliverBy, capacity };
}

function evolve(state: SupportNeedState, event: SupportNeedEvent): SupportNeedState {
  if (state.status === 'undeclared') {
    return event.type === 'SupportNeedDeclared' ? declared(event.data) : state;
  }
  // A declined, withdrawn or delivered need is final: later events cannot reopen it.
  if (!isOpen(state)) return state;
  const request = requestOf(state);
  switch (event.type) {
    case 'SupportCommitted':
    case 'SupportCounterAccepted':
      return { status: 'committed', ...request, promise: terms(event.data) };
    case 'SupportCounterProposed':
      return { status: 'counter_proposed', ...request, offer: terms(event.data) };
    case 'SupportSlipped':
      return state.status === 'committed'
        ? { ...state, promise: { ...state.promise, deliverBy: event.data.newDeliverBy } }
        : state;
    case 'SupportDeclined':
      return { status: 'declined', ref: state.ref };
    case 'SupportDelivered':
      return { status: 'delivered', ref: state.ref };
    case 'SupportNeedWithdrawn':
      return { status: 'withdrawn', ref: state.ref };
    default:
      return state;
  }
}

export const supportNeedDecider: Decider<SupportNeedState, SupportNeedCommand, SupportNeedEvent> = {
  name: 'SupportNeed',
  initialState: () => ({ status: 'undeclared' }),
  decide(command, state) {
    switch (command.type) {
      case 'DeclareSupportNeed':
        return declare(command, state);
      case 'CommitSupport':
        return commit(command, state);
      case 'CounterProposeSupport':
        return counterPropose(command, state);
      case 'AcceptCounterProposal':
        return acceptCounterProposal(command, state);
      case 'DeclineSupport':
        return decline(command, state);
      case 'ReportSupportSlip':
        return reportSlip(command, state);
      case 'RecordSupportDelivered':
        return recordDelivered(command, state);
      case 'WithdrawSupportNeed':
        return withdraw(command, state);
      default:
        return exhaustive(command);
    }
  },
  evolve,
};
