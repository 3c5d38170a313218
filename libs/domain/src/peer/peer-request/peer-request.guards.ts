import { Forbidden, NotFound, RuleViolated } from '../../shared/domain-errors';
import type { ExistingPeerRequest, PeerRequestState } from './peer-request.state';

type Status = ExistingPeerRequest['status'];
type InStatus<S extends Status> = Extract<ExistingPeerRequest, { status: S }>;

/** Open as domain README §5.3 counts it: still waiting for the recipient to answer or to deliver. */
export const OPEN = ['Raised', 'Accepted'] as const;

/** The request a command is about; the timer's commands need nothing more. */
export function requireRequest(state: PeerRequestState, requestId: string): ExistingPeerRequest {
  if (state.status === 'NotRaised') {
    throw new NotFound(
      'PEER_REQUEST_NOT_FOUND',
      `Request ${requestId} does not exist.`,
      'requestId',
    );
  }
  return state;
}

/** The request, when the actor is its current recipient (after any redirects). */
export function asRecipient(
  state: PeerRequestState,
  requestId: string,
  actorId: string,
): ExistingPeerRequest {
  const request = requireRequest(state, requestId);
  if (request.recipientId !== actorId) {
    throw new Forbidden('NOT_THE_RECIPIENT', 'Only the recipient can answer this request.');
  }
  return request;
}

export function asRequester(
  state: PeerRequestState,
  requestId: string,
  actorId: string,
): ExistingPeerRequest {
  const request = requireRequest(state, requestId);
  if (request.requesterId !== actorId) {
    throw new Forbidden('NOT_THE_REQUESTER', 'Only the requester can do this.');
  }
  return request;
}

export function requireStatus<S extends Status>(
  request: ExistingPeerRequest,
  allowed: readonly S[],
  code: string,
): InStatus<S> {
  if (!(allowed as readonly Status[]).includes(request.status)) {
    throw new RuleViolated(
      code,
      `The request is ${request.status}; this needs it ${allowed.join(' or ')}.`,
    );
  }
  return request as InStatus<S>;
}
