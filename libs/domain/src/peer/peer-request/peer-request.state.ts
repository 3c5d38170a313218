import { streamId } from '../../shared/stream-id';

/** What every raised request keeps, whatever happened to it since: who asks whom, and by when. */
export type RequestTerms = Readonly<{
  requestId: string;
  requesterId: string;
  /** The current recipient: a redirect replaces it. */
  recipientId: string;
  respondBy: string;
  dueAt: string;
}>;

/**
 * Raised → Accepted | Declined | Withdrawn | Expired, Accepted → Fulfilled → Acknowledged.
 * A redirect keeps the request Raised for its new recipient, who must now answer it, so the
 * recipients who passed it on are remembered (they count the hops, at most 2). Each SLA breach is
 * recorded at most once per request, hence the flags.
 */
export type PeerRequestState =
  | Readonly<{ status: 'NotRaised' }>
  | (RequestTerms &
      Readonly<{
        status: 'Raised';
        previousRecipientIds: readonly string[];
        responseSlaBreached: boolean;
      }>)
  | (RequestTerms & Readonly<{ status: 'Accepted'; deliverySlaBreached: boolean }>)
  | (RequestTerms &
      Readonly<{ status: 'Fulfilled' | 'Acknowledged' | 'Declined' | 'Withdrawn' | 'Expired' }>);

export type ExistingPeerRequest = Exclude<PeerRequestState, { status: 'NotRaised' }>;

export function peerRequestStream(tenantId: string, requestId: string): string {
  return streamId('peer-request', tenantId, requestId);
}
