import type { Event } from '../../shared/decider';

// The PresentationInvitation events of domain README §3, shaped exactly as the public contract
// (libs/contracts/src/events/peer.events.ts; peer.conformance.ts proves it at compile time).

type Presenter = { invitationId: string; presenterId: string; presenterDivId: string };
type HostAndPresenter = Presenter & { hostId: string; hostDivId: string };

export type PresentationInvitedData = HostAndPresenter & { meetingAt: string; topic: string };
export type PresentationAcceptedData = Presenter;
export type PresentationDeclinedData = Presenter;
export type PresentationDeliveredData = HostAndPresenter;

export type PresentationInvited = Event<'PresentationInvited', PresentationInvitedData>;
export type PresentationAccepted = Event<'PresentationAccepted', PresentationAcceptedData>;
export type PresentationDeclined = Event<'PresentationDeclined', PresentationDeclinedData>;
export type PresentationDelivered = Event<'PresentationDelivered', PresentationDeliveredData>;

export type PresentationInvitationEvent =
  PresentationInvited | PresentationAccepted | PresentationDeclined | PresentationDelivered;
