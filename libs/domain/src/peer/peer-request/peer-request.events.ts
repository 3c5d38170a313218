import type { Event } from '../../shared/decider';

// The PeerRequest events of domain README §3, shaped exactly as the public contract
// (libs/contracts/src/events/peer.events.ts; peer.conformance.ts proves it at compile time).
// Each leader an event names comes with their division at that moment (`…DivId`).

export type RequestKind = 'input' | 'help' | 'review' | 'intro';
/** Help units of a fulfilled request (domain README §5.1): S 1, M 2, L 4. */
export type RequestEffort = 'S' | 'M' | 'L';
export type PeerRequestDeclineReason = 'no_capacity' | 'not_my_area' | 'other';

type ActedOnByRequester = {
  requestId: string;
  requesterId: string;
  requesterDivId: string;
};

/** The recipient can change through redirects, so each answer names the one who gave it. */
type AnsweredByRecipient = {
  requestId: string;
  recipientId: string;
  recipientDivId: string;
};

export type PeerRequestRaisedData = ActedOnByRequester & {
  recipientId: string;
  recipientDivId: string;
  kind: RequestKind;
  topic: string;
  themeIds: readonly string[];
  projectId?: string;
  supportNeedId?: string;
  effort: RequestEffort;
  respondBy: string;
  dueAt: string;
  /** Soft-rule codes (RECIPIENT_OVERLOADED, PEER_SATURATION, NO_INTERSECTION). */
  warnings: readonly string[];
  /** Only with RECIPIENT_OVERLOADED: why the requester asked anyway. */
  overrideReason?: string;
};
export type PeerRequestAcceptedData = AnsweredByRecipient & { expectedBy: string };
export type PeerRequestDeclinedData = AnsweredByRecipient & {
  reasonCode: PeerRequestDeclineReason;
  suggestedPeerId?: string;
  suggestedPeerDivId?: string;
};
export type PeerRequestRedirectedData = {
  requestId: string;
  fromId: string;
  fromDivId: string;
  toId: string;
  toDivId: string;
  /** 1 or 2: how many times the request has now been redirected. */
  hop: number;
};
export type PeerRequestFulfilledData = AnsweredByRecipient & { summary: string };
export type PeerRequestAcknowledgedData = ActedOnByRequester & {
  helpfulness: number;
  thanks?: string;
};
export type PeerRequestWithdrawnData = ActedOnByRequester;
/** Names the recipient the request was waiting for. */
export type PeerRequestExpiredData = AnsweredByRecipient;
export type PeerRequestResponseSlaBreachedData = AnsweredByRecipient & {
  slaAt: string;
  ruleVersion: number;
};
export type PeerRequestDeliverySlaBreachedData = AnsweredByRecipient & { dueAt: string };

export type PeerRequestRaised = Event<'PeerRequestRaised', PeerRequestRaisedData>;
export type PeerRequestAccepted = Event<'PeerRequestAccepted', PeerRequestAcceptedData>;
export type PeerRequestDeclined = Event<'PeerRequestDeclined', PeerRequestDeclinedData>;
export type PeerRequestRedirected = Event<'PeerRequestRedirected', PeerRequestRedirectedData>;
export type PeerRequestFulfilled = Event<'PeerRequestFulfilled', PeerRequestFulfilledData>;
export type PeerRequestAcknowledged = Event<'PeerRequestAcknowledged', PeerRequestAcknowledgedData>;
export type PeerRequestWithdrawn = Event<'PeerRequestWithdrawn', PeerRequestWithdrawnData>;
export type PeerRequestExpired = Event<'PeerRequestExpired', PeerRequestExpiredData>;
export type PeerRequestResponseSlaBreached = Event<
  'PeerRequestResponseSlaBreached',
  PeerRequestResponseSlaBreachedData
>;
export type PeerRequestDeliverySlaBreached = Event<
  'PeerRequestDeliverySlaBreached',
  PeerRequestDeliverySlaBreachedData
>;

export type PeerRequestEvent =
  | PeerRequestRaised
  | PeerRequestAccepted
  | PeerRequestDeclined
  | PeerRequestRedirected
  | PeerRequestFulfilled
  | PeerRequestAcknowledged
  | PeerRequestWithdrawn
  | PeerRequestExpired
  | PeerRequestResponseSlaBreached
  | PeerRequestDeliverySlaBreached;
