import type { ExamplesOf } from './define-event';
import type { peerEvents } from './peer.events';

// One realistic value per peer event: shown in the AsyncAPI document, and checked against its schema.
const requestId = 'req-7f3a';
const requester = { requestId, requesterId: 'leader-ana', requesterDivId: 'div-finance' };
const recipient = { requestId, recipientId: 'leader-ben', recipientDivId: 'div-operations' };
const presenter = {
  invitationId: 'inv-12',
  presenterId: 'leader-ben',
  presenterDivId: 'div-operations',
};
const hostAndPresenter = { ...presenter, hostId: 'leader-ana', hostDivId: 'div-finance' };

export const peerExamples: ExamplesOf<typeof peerEvents> = {
  PeerRequestRaised: {
    ...requester,
    ...recipient,
    kind: 'review',
    topic: 'Review the vendor consolidation business case',
    themeIds: ['theme-cost'],
    projectId: 'proj-vendors',
    effort: 'M',
    respondBy: '2025-03-07T17:00:00Z',
    dueAt: '2025-03-21T17:00:00Z',
    warnings: ['RECIPIENT_OVERLOADED'],
    overrideReason: 'Only Ben knows the logistics contracts',
  },
  PeerRequestAccepted: { ...recipient, expectedBy: '2025-03-18T17:00:00Z' },
  PeerRequestDeclined: {
    ...recipient,
    reasonCode: 'not_my_area',
    suggestedPeerId: 'leader-cho',
    suggestedPeerDivId: 'div-legal',
  },
  PeerRequestRedirected: {
    requestId,
    fromId: 'leader-ben',
    fromDivId: 'div-operations',
    toId: 'leader-cho',
    toDivId: 'div-legal',
    hop: 1,
  },
  PeerRequestFulfilled: { ...recipient, summary: 'Reviewed; two contract risks flagged inline' },
  PeerRequestAcknowledged: { ...requester, helpfulness: 5, thanks: 'Saved us a month' },
  PeerRequestWithdrawn: requester,
  PeerRequestExpired: recipient,
  PeerRequestResponseSlaBreached: { ...recipient, slaAt: '2025-03-07T17:00:00Z', ruleVersion: 3 },
  PeerRequestDeliverySlaBreached: { ...recipient, dueAt: '2025-03-21T17:00:00Z' },
  PresentationInvited: {
    ...hostAndPresenter,
    meetingAt: '2025-03-12T14:00:00Z',
    topic: 'How operations plans capacity',
  },
  PresentationAccepted: presenter,
  PresentationDeclined: presenter,
  PresentationDelivered: hostAndPresenter,
  MutualThemeProposed: {
    mutualThemeId: 'mt-3',
    leaderIds: ['leader-ana', 'leader-ben'],
    leaderDivIds: ['div-finance', 'div-operations'],
    themeId: 'theme-cost',
    warnings: [],
  },
  MutualThemeConfirmed: {
    mutualThemeId: 'mt-3',
    confirmedBy: 'leader-ben',
    confirmedByDivId: 'div-operations',
  },
};
