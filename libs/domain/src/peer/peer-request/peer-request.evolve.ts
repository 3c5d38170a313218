import type { PeerRequestEvent, PeerRequestRaisedData } from './peer-request.events';
import type { ExistingPeerRequest, PeerRequestState, RequestTerms } from './peer-request.state';

/**
 * Folds one event into the state. Total and replay-safe: an event the state machine does not
 * expect where it is (or an unknown one) leaves the state unchanged rather than throwing.
 */
export function evolvePeerRequest(
  state: PeerRequestState,
  event: PeerRequestEvent,
): PeerRequestState {
  if (state.status === 'NotRaised') {
    return event.type === 'PeerRequestRaised' ? raised(event.data) : state;
  }
  switch (event.type) {
    case 'PeerRequestRedirected':
      return state.status === 'Raised'
        ? {
            ...state,
            recipientId: event.data.toId,
            previousRecipientIds: [...state.previousRecipientIds, event.data.fromId],
          }
        : state;
    case 'PeerRequestAccepted':
      return state.status === 'Raised'
        ? { ...terms(state), status: 'Accepted', deliverySlaBreached: false }
        : state;
    case 'PeerRequestResponseSlaBreached':
      return state.status === 'Raised' ? { ...state, responseSlaBreached: true } : state;
    case 'PeerRequestDeliverySlaBreached':
      return state.status === 'Accepted' ? { ...state, deliverySlaBreached: true } : state;
    case 'PeerRequestDeclined':
      return moved(state, ['Raised'], 'Declined');
    case 'PeerRequestExpired':
      return moved(state, ['Raised'], 'Expired');
    case 'PeerRequestWithdrawn':
      return moved(state, ['Raised', 'Accepted'], 'Withdrawn');
    case 'PeerRequestFulfilled':
      return moved(state, ['Raised', 'Accepted'], 'Fulfilled');
    case 'PeerRequestAcknowledged':
      return moved(state, ['Fulfilled'], 'Acknowledged');
    default:
      return state;
  }
}

function raised(data: PeerRequestRaisedData): PeerRequestState {
  return {
    status: 'Raised',
    ...terms(data),
    previousRecipientIds: [],
    responseSlaBreached: false,
  };
}

type Status = ExistingPeerRequest['status'];

function moved(
  state: ExistingPeerRequest,
  from: readonly Status[],
  to: 'Fulfilled' | 'Acknowledged' | 'Declined' | 'Withdrawn' | 'Expired',
): PeerRequestState {
  return from.includes(state.status) ? { ...terms(state), status: to } : state;
}

/** The terms alone, so that no field of the previous status (flags, hops) leaks into the next. */
function terms({ requestId, requesterId, recipientId, respondBy, dueAt }: RequestTerms) {
  return { requestId, requesterId, recipientId, respondBy, dueAt };
}
