import { RuleViolated } from '../../shared/domain-errors';
import { definedFields, requireTextLength } from '../peer-text';
import type { AcknowledgePeerRequest, WithdrawPeerRequest } from './peer-request.commands';
import type { PeerRequestAcknowledged, PeerRequestWithdrawn } from './peer-request.events';
import { asRequester, OPEN, requireStatus } from './peer-request.guards';
import type { PeerRequestState } from './peer-request.state';

// What the requester does after raising: rate the help received, or withdraw the request.

export function acknowledgePeerRequest(
  { data, metadata }: AcknowledgePeerRequest,
  state: PeerRequestState,
): PeerRequestAcknowledged[] {
  const request = asRequester(state, data.requestId, metadata.actorId);
  if (request.status === 'Acknowledged') {
    throw new RuleViolated('ALREADY_ACKNOWLEDGED', 'The help was already acknowledged.');
  }
  requireStatus(request, ['Fulfilled'], 'REQUEST_NOT_FULFILLED');
  // Helpfulness sets the help quality q = 0.6 + 0.2·(helpfulness − 1) (domain README §5.1).
  if (!Number.isInteger(data.helpfulness) || data.helpfulness < 1 || data.helpfulness > 5) {
    throw new RuleViolated(
      'HELPFULNESS_OUT_OF_RANGE',
      'helpfulness must be a whole number from 1 to 5.',
      'helpfulness',
    );
  }
  if (data.thanks !== undefined) {
    requireTextLength(data.thanks, { code: 'THANKS_LENGTH', field: 'thanks', min: 1, max: 2000 });
  }
  const { requestId, requesterId } = request;
  const requesterDivId = data.facts.requesterDivisionId;
  return [
    {
      type: 'PeerRequestAcknowledged',
      data: {
        requestId,
        requesterId,
        requesterDivId,
        helpfulness: data.helpfulness,
        ...definedFields({ thanks: data.thanks }),
      },
    },
  ];
}

/** A fulfilled request cannot be withdrawn: the help was given and stays on the ledger. */
export function withdrawPeerRequest(
  { data, metadata }: WithdrawPeerRequest,
  state: PeerRequestState,
): PeerRequestWithdrawn[] {
  const request = requireStatus(
    asRequester(state, data.requestId, metadata.actorId),
    OPEN,
    'REQUEST_NOT_OPEN',
  );
  const { requestId, requesterId } = request;
  const requesterDivId = data.facts.requesterDivisionId;
  return [{ type: 'PeerRequestWithdrawn', data: { requestId, requesterId, requesterDivId } }];
}
