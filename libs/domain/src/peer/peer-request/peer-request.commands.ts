import type { Command } from '../../shared/decider';
import type { PeerLeaderFacts } from '../peer-facts';
import type { PeerRequestDeclineReason, RequestEffort, RequestKind } from './peer-request.events';

/** A party to a new request, as the peer service's read models know them when it is raised. */
export type RequestPartyFacts = PeerLeaderFacts &
  Readonly<{
    /** Themes of the leader's latest FocusAreasShared (org topic). */
    focusThemeIds: readonly string[];
    /** Strategic projects the leader owns or is a member of (strategy topic). */
    projectIds: readonly string[];
    /**
     * Open projects the leader supports: an open support need of theirs names the leader as key
     * contact or is addressed to the leader's division (domain README §2: part of the project's intersection).
     */
    supportedProjectIds: readonly string[];
  }>;

/** Who works on a strategic project (the strategy read model of StrategicProjectRegistered...). */
export type ProjectTeamFacts = Readonly<{ ownerId: string; memberIds: readonly string[] }>;

export type RaisePeerRequestFacts = Readonly<{
  requester: RequestPartyFacts | undefined;
  recipient: RequestPartyFacts | undefined;
  /** The team of `projectId` when the command names one; `undefined` for an unknown project. */
  project?: ProjectTeamFacts;
  /** The recipient's overload index OI (domain README §5.3), from the PeerLoad read model. */
  recipientOverloadIndex: number;
  /** The requester's open (Raised or Accepted) requests to this recipient. */
  openRequestsToRecipient: number;
  /** The recipients of the requester's requests raised in the last 90 days, newest first. */
  recentRecipientIds: readonly string[];
}>;

/** The current recipient's division (org read model), for the `recipientDivId` an event carries. */
export type RecipientFacts = Readonly<{ recipientDivisionId: string }>;
/** The requester's current division (org read model), for the `requesterDivId` an event carries. */
export type RequesterFacts = Readonly<{ requesterDivisionId: string }>;

export type RaisePeerRequest = Command<
  'RaisePeerRequest',
  {
    requestId: string;
    requesterId: string;
    recipientId: string;
    kind: RequestKind;
    topic: string;
    themeIds: readonly string[];
    projectId?: string;
    supportNeedId?: string;
    effort: RequestEffort;
    respondBy: string;
    dueAt: string;
    /** Required when the recipient is overloaded (the UI offered alternates first). */
    overrideReason?: string;
    facts: RaisePeerRequestFacts;
  }
>;

export type AcceptPeerRequest = Command<
  'AcceptPeerRequest',
  { requestId: string; expectedBy: string; facts: RecipientFacts }
>;

export type DeclinePeerRequest = Command<
  'DeclinePeerRequest',
  {
    requestId: string;
    reasonCode: PeerRequestDeclineReason;
    suggestedPeerId?: string;
    /** The suggested peer as the org read model knows them; only with `suggestedPeerId`. */
    facts: RecipientFacts & Readonly<{ suggestedPeer?: PeerLeaderFacts }>;
  }
>;

export type RedirectPeerRequest = Command<
  'RedirectPeerRequest',
  {
    requestId: string;
    toId: string;
    /** The new recipient as the org read model knows them (`undefined` when unknown). */
    facts: RecipientFacts & Readonly<{ newRecipient: PeerLeaderFacts | undefined }>;
  }
>;

export type FulfilPeerRequest = Command<
  'FulfilPeerRequest',
  { requestId: string; summary: string; facts: RecipientFacts }
>;

export type AcknowledgePeerRequest = Command<
  'AcknowledgePeerRequest',
  { requestId: string; helpfulness: number; thanks?: string; facts: RequesterFacts }
>;

export type WithdrawPeerRequest = Command<
  'WithdrawPeerRequest',
  { requestId: string; facts: RequesterFacts }
>;

/**
 * Sent by the peer service's SLA timer at `respondBy` (see `slaDeadlines`), never by a person.
 * `ruleVersion` is the version of the ScoringRules config in force (domain README §5.6).
 */
export type RecordResponseSlaBreach = Command<
  'RecordResponseSlaBreach',
  { requestId: string; ruleVersion: number; facts: RecipientFacts }
>;

/** Sent by the peer service's SLA timer at `dueAt` (see `slaDeadlines`), never by a person. */
export type RecordDeliverySlaBreach = Command<
  'RecordDeliverySlaBreach',
  { requestId: string; facts: RecipientFacts }
>;

export type PeerRequestCommand =
  | RaisePeerRequest
  | AcceptPeerRequest
  | DeclinePeerRequest
  | RedirectPeerRequest
  | FulfilPeerRequest
  | AcknowledgePeerRequest
  | WithdrawPeerRequest
  | RecordResponseSlaBreach
  | RecordDeliverySlaBreach;
