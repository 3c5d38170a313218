import type { Command } from '../../shared/decider';
import type { PeerLeaderFacts } from '../peer-facts';

export type InvitePeerToPresent = Command<
  'InvitePeerToPresent',
  {
    invitationId: string;
    hostId: string;
    presenterId: string;
    meetingAt: string;
    topic: string;
    /** Host and presenter as the org read model knows them (`undefined` when unknown). */
    facts: Readonly<{ host: PeerLeaderFacts | undefined; presenter: PeerLeaderFacts | undefined }>;
  }
>;

export type RespondToInvitation = Command<
  'RespondToInvitation',
  {
    invitationId: string;
    response: 'accept' | 'decline';
    /** The presenter's current division (org read model). */
    facts: Readonly<{ presenterDivisionId: string }>;
  }
>;

export type RecordPresentationDelivered = Command<
  'RecordPresentationDelivered',
  {
    invitationId: string;
    /** Both leaders' current divisions (org read model): the help units go between them. */
    facts: Readonly<{ hostDivisionId: string; presenterDivisionId: string }>;
  }
>;

export type PresentationInvitationCommand =
  InvitePeerToPresent | RespondToInvitation | RecordPresentationDelivered;
