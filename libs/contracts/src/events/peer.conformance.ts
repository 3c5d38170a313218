import type {
  MutualThemeConfirmedData,
  MutualThemeProposedData,
  PeerRequestAcceptedData,
  PeerRequestAcknowledgedData,
  PeerRequestDeclinedData,
  PeerRequestDeliverySlaBreachedData,
  PeerRequestExpiredData,
  PeerRequestFulfilledData,
  PeerRequestRaisedData,
  PeerRequestRedirectedData,
  PeerRequestResponseSlaBreachedData,
  PeerRequestWithdrawnData,
  PresentationAcceptedData,
  PresentationDeclinedData,
  PresentationDeliveredData,
  PresentationInvitedData,
} from '@lib/domain';
import type { SameShape } from './conformance';
import type { EventData } from './define-event';
import type {
  MutualThemeConfirmed,
  MutualThemeProposed,
  PeerRequestAccepted,
  PeerRequestAcknowledged,
  PeerRequestDeclined,
  PeerRequestDeliverySlaBreached,
  PeerRequestExpired,
  PeerRequestFulfilled,
  PeerRequestRaised,
  PeerRequestRedirected,
  PeerRequestResponseSlaBreached,
  PeerRequestWithdrawn,
  PresentationAccepted,
  PresentationDeclined,
  PresentationDelivered,
  PresentationInvited,
} from './peer.events';

// Compile-time proof that the peer deciders emit exactly the data the contract publishes: a field
// added, dropped, renamed or made optional on either side makes one of these lines fail to compile.

export const peerRequestRaised: SameShape<
  EventData<typeof PeerRequestRaised>,
  PeerRequestRaisedData
> = true;
export const peerRequestAccepted: SameShape<
  EventData<typeof PeerRequestAccepted>,
  PeerRequestAcceptedData
> = true;
export const peerRequestDeclined: SameShape<
  EventData<typeof PeerRequestDeclined>,
  PeerRequestDeclinedData
> = true;
export const peerRequestRedirected: SameShape<
  EventData<typeof PeerRequestRedirected>,
  PeerRequestRedirectedData
> = true;
export const peerRequestFulfilled: SameShape<
  EventData<typeof PeerRequestFulfilled>,
  PeerRequestFulfilledData
> = true;
export const peerRequestAcknowledged: SameShape<
  EventData<typeof PeerRequestAcknowledged>,
  PeerRequestAcknowledgedData
> = true;
export const peerRequestWithdrawn: SameShape<
  EventData<typeof PeerRequestWithdrawn>,
  PeerRequestWithdrawnData
> = true;
export const peerRequestExpired: SameShape<
  EventData<typeof PeerRequestExpired>,
  PeerRequestExpiredData
> = true;
export const peerRequestResponseSlaBreached: SameShape<
  EventData<typeof PeerRequestResponseSlaBreached>,
  PeerRequestResponseSlaBreachedData
> = true;
export const peerRequestDeliverySlaBreached: SameShape<
  EventData<typeof PeerRequestDeliverySlaBreached>,
  PeerRequestDeliverySlaBreachedData
> = true;
export const presentationInvited: SameShape<
  EventData<typeof PresentationInvited>,
  PresentationInvitedData
> = true;
export const presentationAccepted: SameShape<
  EventData<typeof PresentationAccepted>,
  PresentationAcceptedData
> = true;
export const presentationDeclined: SameShape<
  EventData<typeof PresentationDeclined>,
  PresentationDeclinedData
> = true;
export const presentationDelivered: SameShape<
  EventData<typeof PresentationDelivered>,
  PresentationDeliveredData
> = true;
export const mutualThemeProposed: SameShape<
  EventData<typeof MutualThemeProposed>,
  MutualThemeProposedData
> = true;
export const mutualThemeConfirmed: SameShape<
  EventData<typeof MutualThemeConfirmed>,
  MutualThemeConfirmedData
> = true;
