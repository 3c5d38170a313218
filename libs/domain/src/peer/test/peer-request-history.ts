import type {
  AcceptPeerRequest,
  AcknowledgePeerRequest,
  DeclinePeerRequest,
  FulfilPeerRequest,
  RaisePeerRequest,
  RaisePeerRequestFacts,
  RecordDeliverySlaBreach,
  RecordResponseSlaBreach,
  RedirectPeerRequest,
  WithdrawPeerRequest,
} from '../peer-request/peer-request.commands';
import type {
  PeerRequestAccepted,
  PeerRequestAcknowledged,
  PeerRequestDeclined,
  PeerRequestExpired,
  PeerRequestWithdrawn,
  PeerRequestDeliverySlaBreached,
  PeerRequestFulfilled,
  PeerRequestRaised,
  PeerRequestRaisedData,
  PeerRequestRedirected,
  PeerRequestResponseSlaBreached,
} from '../peer-request/peer-request.events';
import {
  actingAs,
  activeIn,
  ana,
  ben,
  cho,
  dan,
  finance,
  inDays,
  legal,
  operations,
  sales,
  slaTimer,
} from './peer-fixtures';

// Ana (finance) asks Ben (operations) to review a business case; Cho (legal) and Dan (sales) are
// the peers a request can be passed on to. Builders take overrides, so each spec states only what
// its rule is about.

export const requestId = 'req-7f3a';
export const respondBy = inDays(3);
export const dueAt = inDays(14);
const topic = 'Review the vendor consolidation business case';

type RaiseOverrides = Partial<Omit<RaisePeerRequest['data'], 'facts'>> & {
  facts?: Partial<RaisePeerRequestFacts>;
};

/** Ana and Ben are both active and both focus on cost: no warning applies. */
export function raise(overrides: RaiseOverrides = {}, actor = ana, now?: string): RaisePeerRequest {
  const { facts, ...data } = overrides;
  return {
    type: 'RaisePeerRequest',
    data: {
      requestId,
      requesterId: ana,
      recipientId: ben,
      kind: 'review',
      topic,
      themeIds: ['theme-cost'],
      effort: 'M',
      respondBy,
      dueAt,
      ...data,
      facts: {
        requester: {
          divisionId: finance,
          active: true,
          focusThemeIds: ['theme-cost'],
          projectIds: [],
          supportedProjectIds: [],
        },
        recipient: {
          divisionId: operations,
          active: true,
          focusThemeIds: ['theme-cost'],
          projectIds: [],
          supportedProjectIds: [],
        },
        recipientOverloadIndex: 0.4,
        openRequestsToRecipient: 0,
        recentRecipientIds: [],
        ...facts,
      },
    },
    metadata: actingAs(actor, now),
  };
}

export function raised(overrides: Partial<PeerRequestRaisedData> = {}): PeerRequestRaised {
  return {
    type: 'PeerRequestRaised',
    data: {
      requestId,
      requesterId: ana,
      requesterDivId: finance,
      recipientId: ben,
      recipientDivId: operations,
      kind: 'review',
      topic,
      themeIds: ['theme-cost'],
      effort: 'M',
      respondBy,
      dueAt,
      warnings: [],
      ...overrides,
    },
  };
}

const byBen = { requestId, recipientId: ben, recipientDivId: operations };

export const accepted: PeerRequestAccepted = {
  type: 'PeerRequestAccepted',
  data: { ...byBen, expectedBy: inDays(10) },
};
export const fulfilled: PeerRequestFulfilled = {
  type: 'PeerRequestFulfilled',
  data: { ...byBen, summary: 'Reviewed; two contract risks flagged inline' },
};
export const redirectedToCho: PeerRequestRedirected = {
  type: 'PeerRequestRedirected',
  data: { requestId, fromId: ben, fromDivId: operations, toId: cho, toDivId: legal, hop: 1 },
};
export const redirectedByChoToDan: PeerRequestRedirected = {
  type: 'PeerRequestRedirected',
  data: { requestId, fromId: cho, fromDivId: legal, toId: dan, toDivId: sales, hop: 2 },
};
export const responseSlaBreached: PeerRequestResponseSlaBreached = {
  type: 'PeerRequestResponseSlaBreached',
  data: { ...byBen, slaAt: respondBy, ruleVersion: 3 },
};
export const deliverySlaBreached: PeerRequestDeliverySlaBreached = {
  type: 'PeerRequestDeliverySlaBreached',
  data: { ...byBen, dueAt },
};

/** The recipient's facts default to Ben in operations. */
const asRecipient = { recipientDivisionId: operations };
const asRequester = { requesterDivisionId: finance };

export function accept(
  expectedBy = inDays(10),
  actor = ben,
  recipientDivisionId = operations,
): AcceptPeerRequest {
  return {
    type: 'AcceptPeerRequest',
    data: { requestId, expectedBy, facts: { recipientDivisionId } },
    metadata: actingAs(actor),
  };
}

export function decline(
  data: Partial<DeclinePeerRequest['data']> = {},
  actor = ben,
): DeclinePeerRequest {
  return {
    type: 'DeclinePeerRequest',
    data: { requestId, reasonCode: 'not_my_area', facts: asRecipient, ...data },
    metadata: actingAs(actor),
  };
}

export function redirect(
  toId = cho,
  facts: Partial<RedirectPeerRequest['data']['facts']> = {},
  actor = ben,
): RedirectPeerRequest {
  return {
    type: 'RedirectPeerRequest',
    data: { requestId, toId, facts: { ...asRecipient, newRecipient: activeIn(legal), ...facts } },
    metadata: actingAs(actor),
  };
}

export function fulfil(
  summary = 'Reviewed; two contract risks flagged inline',
  actor = ben,
): FulfilPeerRequest {
  return {
    type: 'FulfilPeerRequest',
    data: { requestId, summary, facts: asRecipient },
    metadata: actingAs(actor),
  };
}

export function acknowledge(
  data: Partial<AcknowledgePeerRequest['data']> = {},
  actor = ana,
): AcknowledgePeerRequest {
  return {
    type: 'AcknowledgePeerRequest',
    data: { requestId, helpfulness: 5, thanks: 'Saved us a month', facts: asRequester, ...data },
    metadata: actingAs(actor),
  };
}

export function withdraw(actor = ana): WithdrawPeerRequest {
  return {
    type: 'WithdrawPeerRequest',
    data: { requestId, facts: asRequester },
    metadata: actingAs(actor),
  };
}

export function recordResponseSlaBreach(
  now = respondBy,
  recipientDivisionId = operations,
  ruleVersion = 3,
): RecordResponseSlaBreach {
  return {
    type: 'RecordResponseSlaBreach',
    data: { requestId, ruleVersion, facts: { recipientDivisionId } },
    metadata: actingAs(slaTimer, now),
  };
}

export function recordDeliverySlaBreach(
  now = dueAt,
  recipientDivisionId = operations,
): RecordDeliverySlaBreach {
  return {
    type: 'RecordDeliverySlaBreach',
    data: { requestId, facts: { recipientDivisionId } },
    metadata: actingAs(slaTimer, now),
  };
}

export const declined: PeerRequestDeclined = {
  type: 'PeerRequestDeclined',
  data: { ...byBen, reasonCode: 'not_my_area' },
};
export const withdrawn: PeerRequestWithdrawn = {
  type: 'PeerRequestWithdrawn',
  data: { requestId, requesterId: ana, requesterDivId: finance },
};
export const expired: PeerRequestExpired = { type: 'PeerRequestExpired', data: byBen };
export const acknowledged: PeerRequestAcknowledged = {
  type: 'PeerRequestAcknowledged',
  data: {
    requestId,
    requesterId: ana,
    requesterDivId: finance,
    helpfulness: 5,
    thanks: 'Saved us a month',
  },
};
