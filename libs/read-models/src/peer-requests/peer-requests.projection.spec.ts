import type { DirectoryEvent } from '../directory-rows';
import { StreamEvents } from '../directory-rows/test/directory-events';
import { evolvePeerRequest, type PeerRequestRow } from './peer-requests.projection';

const after = (events: readonly DirectoryEvent[]) =>
  events.reduce<PeerRequestRow | null>(evolvePeerRequest, null);

describe('a peer request in the inbox and outbox', () => {
  const stream = new StreamEvents();
  const raised = stream.next('PeerRequestRaised', {
    requestId: 'r1',
    requesterId: 'ana',
    requesterDivId: 'finance',
    recipientId: 'ben',
    recipientDivId: 'operations',
    kind: 'help',
    topic: 'Month-end close data',
    themeIds: ['growth'],
    effort: 'M',
    respondBy: '2026-03-05T09:00:00Z',
    dueAt: '2026-03-12T09:00:00Z',
    warnings: ['RECIPIENT_OVERLOADED'],
    overrideReason: 'Only Ben knows the ledger',
  });

  it('given it was raised, then it waits in the recipient’s inbox with its warnings', () => {
    expect(after([raised])).toMatchObject({
      status: 'raised',
      requesterId: 'ana',
      recipientId: 'ben',
      kind: 'help',
      warnings: ['RECIPIENT_OVERLOADED'],
      respondBy: '2026-03-05T09:00:00.000Z',
      raisedAt: raised.occurredAt,
      responseSlaBreached: false,
    });
  });

  describe('when it was redirected, then accepted, fulfilled and acknowledged', () => {
    const redirected = stream.next('PeerRequestRedirected', {
      requestId: 'r1',
      fromId: 'ben',
      fromDivId: 'operations',
      toId: 'oli',
      toDivId: 'operations',
      hop: 1,
    });
    const accepted = stream.next('PeerRequestAccepted', {
      requestId: 'r1',
      recipientId: 'oli',
      recipientDivId: 'operations',
      expectedBy: '2026-03-10T09:00:00Z',
    });
    const fulfilled = stream.next('PeerRequestFulfilled', {
      requestId: 'r1',
      recipientId: 'oli',
      recipientDivId: 'operations',
      summary: 'Sent the extract',
    });
    const acknowledged = stream.next('PeerRequestAcknowledged', {
      requestId: 'r1',
      requesterId: 'ana',
      requesterDivId: 'finance',
      helpfulness: 5,
    });
    const history = [raised, redirected, accepted, fulfilled, acknowledged];

    it('then it is in the new recipient’s inbox, closed with its dates and rating', () => {
      expect(after(history)).toMatchObject({
        recipientId: 'oli',
        previousRecipientIds: ['ben'],
        status: 'acknowledged',
        expectedBy: '2026-03-10T09:00:00.000Z',
        answeredAt: accepted.occurredAt,
        fulfilledAt: fulfilled.occurredAt,
        closedAt: acknowledged.occurredAt,
        helpfulness: 5,
        version: 5,
      });
    });

    it('then a redelivered event changes nothing', () => {
      expect(after([...history, redirected, accepted])).toEqual(after(history));
    });
  });

  describe('when it was declined with a suggestion', () => {
    const declined = new StreamEvents().next('PeerRequestDeclined', {
      requestId: 'r1',
      recipientId: 'ben',
      recipientDivId: 'operations',
      reasonCode: 'not_my_area',
      suggestedPeerId: 'oli',
      suggestedPeerDivId: 'operations',
    });

    it('then it is closed with the reason and the suggested peer', () => {
      expect(after([raised, { ...declined, streamVersion: 2 }])).toMatchObject({
        status: 'declined',
        declineReason: 'not_my_area',
        suggestedPeerId: 'oli',
        closedAt: declined.occurredAt,
      });
    });
  });

  it('given the timers fired, then it shows both SLA breaches', () => {
    const timers = new StreamEvents();
    timers.next('PeerRequestRaised', raised.data);
    const response = timers.next('PeerRequestResponseSlaBreached', {
      requestId: 'r1',
      recipientId: 'ben',
      recipientDivId: 'operations',
      slaAt: '2026-03-05T09:00:00Z',
      ruleVersion: 1,
    });
    const delivery = timers.next('PeerRequestDeliverySlaBreached', {
      requestId: 'r1',
      recipientId: 'ben',
      recipientDivId: 'operations',
      dueAt: '2026-03-12T09:00:00Z',
    });
    expect(after([raised, response, delivery])).toMatchObject({
      status: 'raised',
      responseSlaBreached: true,
      deliverySlaBreached: true,
    });
  });

  it('given an answer without the request, then there is nothing to show', () => {
    const withdrawn = new StreamEvents().next('PeerRequestWithdrawn', {
      requestId: 'r9',
      requesterId: 'ana',
      requesterDivId: 'finance',
    });
    expect(after([withdrawn])).toBeNull();
  });
});
