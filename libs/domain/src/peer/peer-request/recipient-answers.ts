import { RuleViolated } from '../../shared/domain-errors';
import { instant } from '../../shared/time';
import { requireActiveLeader } from '../peer-facts';
import { requireTextLength } from '../peer-text';
import type {
  AcceptPeerRequest,
  DeclinePeerRequest,
  FulfilPeerRequest,
  RedirectPeerRequest,
} from './peer-request.commands';
import type {
  PeerRequestAccepted,
  PeerRequestDeclined,
  PeerRequestFulfilled,
  PeerRequestRedirected,
} from './peer-request.events';
import { asRecipient, OPEN, requireStatus } from './peer-request.guards';
import type { PeerRequestState, RequestTerms } from './peer-request.state';

// What the recipient does with a request: accept, decline or redirect it while it is Raised, then
// fulfil it (a Raised request is accepted implicitly by its fulfilment).

const MAX_HOPS = 2;

export function acceptPeerRequest(
  { data, metadata }: AcceptPeerRequest,
  state: PeerRequestState,
): PeerRequestAccepted[] {
  const request = requireStatus(
    asRecipient(state, data.requestId, metadata.actorId),
    ['Raised'],
    'REQUEST_NOT_RAISED',
  );
  if (!(instant(metadata.now) < instant(data.expectedBy))) {
    throw new RuleViolated(
      'EXPECTED_BY_IN_THE_PAST',
      'expectedBy must be in the future.',
      'expectedBy',
    );
  }
  if (!(instant(data.expectedBy) <= instant(request.dueAt))) {
    throw new RuleViolated(
      'EXPECTED_BY_AFTER_DUE',
      'expectedBy must not be after dueAt.',
      'expectedBy',
    );
  }
  const { requestId, recipientId } = request;
  const recipientDivId = data.facts.recipientDivisionId;
  return [
    {
      type: 'PeerRequestAccepted',
      data: { requestId, recipientId, recipientDivId, expectedBy: data.expectedBy },
    },
  ];
}

/**
 * A suggested peer earns the decliner connector credit if they later help (domain README §5.1), so, as
 * with a redirect, it must be a third leader who can still receive requests.
 */
export function declinePeerRequest(
  { data, metadata }: DeclinePeerRequest,
  state: PeerRequestState,
): PeerRequestDeclined[] {
  const request = requireStatus(
    asRecipient(state, data.requestId, metadata.actorId),
    ['Raised'],
    'REQUEST_NOT_RAISED',
  );
  const { requestId, recipientId } = request;
  return [
    {
      type: 'PeerRequestDeclined',
      data: {
        requestId,
        recipientId,
        recipientDivId: data.facts.recipientDivisionId,
        reasonCode: data.reasonCode,
        ...suggestedPeer(data, request),
      },
    },
  ];
}

function suggestedPeer(data: DeclinePeerRequest['data'], request: RequestTerms) {
  const { suggestedPeerId } = data;
  if (suggestedPeerId === undefined) return {};
  requireThirdLeader(request, suggestedPeerId, 'SUGGESTED_PEER_IS_A_PARTY', 'suggestedPeerId');
  const peer = requireActiveLeader(data.facts.suggestedPeer, {
    role: 'suggested peer',
    leaderId: suggestedPeerId,
    field: 'suggestedPeerId',
  });
  return { suggestedPeerId, suggestedPeerDivId: peer.divisionId };
}

/** The request stays Raised for its new recipient, who must answer it in turn. */
export function redirectPeerRequest(
  { data, metadata }: RedirectPeerRequest,
  state: PeerRequestState,
): PeerRequestRedirected[] {
  const request = requireStatus(
    asRecipient(state, data.requestId, metadata.actorId),
    ['Raised'],
    'REQUEST_NOT_RAISED',
  );
  requireThirdLeader(request, data.toId, 'REDIRECT_TO_A_PARTY', 'toId');
  if (request.previousRecipientIds.includes(data.toId)) {
    throw new RuleViolated(
      'REDIRECT_BACK',
      `${data.toId} already passed this request on; it must not come back to them.`,
      'toId',
    );
  }
  const hop = request.previousRecipientIds.length + 1;
  if (hop > MAX_HOPS) {
    throw new RuleViolated('TOO_MANY_HOPS', `A request is redirected at most ${MAX_HOPS} times.`);
  }
  const newRecipient = requireActiveLeader(data.facts.newRecipient, {
    role: 'new recipient',
    leaderId: data.toId,
    field: 'toId',
  });
  return [
    {
      type: 'PeerRequestRedirected',
      data: {
        requestId: request.requestId,
        fromId: request.recipientId,
        fromDivId: data.facts.recipientDivisionId,
        toId: data.toId,
        toDivId: newRecipient.divisionId,
        hop,
      },
    },
  ];
}

export function fulfilPeerRequest(
  { data, metadata }: FulfilPeerRequest,
  state: PeerRequestState,
): PeerRequestFulfilled[] {
  const request = requireStatus(
    asRecipient(state, data.requestId, metadata.actorId),
    OPEN,
    'REQUEST_NOT_OPEN',
  );
  requireTextLength(data.summary, { code: 'SUMMARY_LENGTH', field: 'summary', min: 1, max: 2000 });
  const { requestId, recipientId } = request;
  const recipientDivId = data.facts.recipientDivisionId;
  return [
    {
      type: 'PeerRequestFulfilled',
      data: { requestId, recipientId, recipientDivId, summary: data.summary },
    },
  ];
}

function requireThirdLeader(
  request: RequestTerms,
  leaderId: string,
  code: string,
  field: string,
): void {
  if (leaderId === request.requesterId || leaderId === request.recipientId) {
    throw new RuleViolated(
      code,
      `${field} must be neither the requester nor the recipient.`,
      field,
    );
  }
}
