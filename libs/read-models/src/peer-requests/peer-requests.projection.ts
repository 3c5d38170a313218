import type { DirectoryEvent, DirectoryEventOf } from '../directory-rows';
import { isoInstant } from '../directory-rows';

export const PEER_REQUEST_STATUSES = [
  'raised',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
  'fulfilled',
  'acknowledged',
] as const;

export type PeerRequestStatus = (typeof PEER_REQUEST_STATUSES)[number];

/** A peer request as its requester's outbox and its recipient's inbox show it. */
export type PeerRequestRow = Readonly<{
  tenantId: string;
  requestId: string;
  requesterId: string;
  requesterDivId: string;
  /** The recipient now: a redirect passes the request on. */
  recipientId: string;
  recipientDivId: string;
  /** Recipients who redirected it, in the order they did. */
  previousRecipientIds: readonly string[];
  kind: string;
  topic: string;
  themeIds: readonly string[];
  projectId: string | null;
  supportNeedId: string | null;
  effort: string;
  respondBy: string;
  dueAt: string;
  /** Soft warnings the request was raised with (e.g. RECIPIENT_OVERLOADED). */
  warnings: readonly string[];
  status: PeerRequestStatus;
  raisedAt: string;
  expectedBy: string | null;
  answeredAt: string | null;
  fulfilledAt: string | null;
  closedAt: string | null;
  declineReason: string | null;
  suggestedPeerId: string | null;
  helpfulness: number | null;
  responseSlaBreached: boolean;
  deliverySlaBreached: boolean;
  updatedAt: string;
  version: number;
}>;

type Change = (row: PeerRequestRow, event: DirectoryEvent) => Partial<PeerRequestRow>;

const changes: Readonly<Record<string, Change>> = {
  PeerRequestAccepted: (_, e) => ({
    status: 'accepted',
    answeredAt: e.occurredAt,
    expectedBy: isoInstant((e as DirectoryEventOf<'PeerRequestAccepted'>).data.expectedBy),
  }),
  PeerRequestDeclined: (_, e) => {
    const { reasonCode, suggestedPeerId } = (e as DirectoryEventOf<'PeerRequestDeclined'>).data;
    return {
      status: 'declined',
      answeredAt: e.occurredAt,
      closedAt: e.occurredAt,
      declineReason: reasonCode,
      suggestedPeerId: suggestedPeerId ?? null,
    };
  },
  PeerRequestRedirected: (row, e) => {
    const { fromId, toId, toDivId } = (e as DirectoryEventOf<'PeerRequestRedirected'>).data;
    return {
      recipientId: toId,
      recipientDivId: toDivId,
      previousRecipientIds: [...row.previousRecipientIds, fromId],
    };
  },
  PeerRequestFulfilled: (row, e) => ({
    status: 'fulfilled',
    fulfilledAt: e.occurredAt,
    answeredAt: row.answeredAt ?? e.occurredAt,
  }),
  PeerRequestAcknowledged: (_, e) => ({
    status: 'acknowledged',
    closedAt: e.occurredAt,
    helpfulness: (e as DirectoryEventOf<'PeerRequestAcknowledged'>).data.helpfulness,
  }),
  PeerRequestWithdrawn: (_, e) => ({ status: 'withdrawn', closedAt: e.occurredAt }),
  PeerRequestExpired: (_, e) => ({ status: 'expired', closedAt: e.occurredAt }),
  PeerRequestResponseSlaBreached: () => ({ responseSlaBreached: true }),
  PeerRequestDeliverySlaBreached: () => ({ deliverySlaBreached: true }),
};

/**
 * Folds one event of a request's stream into its row. The stream's events arrive in order; one
 * whose version is not after the row's was folded already and changes nothing.
 */
export function evolvePeerRequest(
  row: PeerRequestRow | null,
  event: DirectoryEvent,
): PeerRequestRow | null {
  if (event.type === 'PeerRequestRaised')
    return row ?? raised(event as DirectoryEventOf<'PeerRequestRaised'>);
  const change = changes[event.type];
  if (!row || !change || event.streamVersion <= row.version) return row;
  return {
    ...row,
    ...change(row, event),
    updatedAt: event.occurredAt,
    version: event.streamVersion,
  };
}

function raised(event: DirectoryEventOf<'PeerRequestRaised'>): PeerRequestRow {
  const d = event.data;
  return {
    tenantId: event.tenantId,
    requestId: d.requestId,
    requesterId: d.requesterId,
    requesterDivId: d.requesterDivId,
    recipientId: d.recipientId,
    recipientDivId: d.recipientDivId,
    previousRecipientIds: [],
    kind: d.kind,
    topic: d.topic,
    themeIds: [...d.themeIds].sort(),
    projectId: d.projectId ?? null,
    supportNeedId: d.supportNeedId ?? null,
    effort: d.effort,
    respondBy: isoInstant(d.respondBy),
    dueAt: isoInstant(d.dueAt),
    warnings: [...d.warnings].sort(),
    status: 'raised',
    raisedAt: event.occurredAt,
    expectedBy: null,
    answeredAt: null,
    fulfilledAt: null,
    closedAt: null,
    declineReason: null,
    suggestedPeerId: null,
    helpfulness: null,
    responseSlaBreached: false,
    deliverySlaBreached: false,
    updatedAt: event.occurredAt,
    version: event.streamVersion,
  };
}
