import { StreamEvents } from '../directory-rows/test/directory-events';
import { evolvePresentation, type PresentationRow } from './presentations.projection';

describe('an invitation to present', () => {
  const stream = new StreamEvents();
  const parties = {
    invitationId: 'i1',
    presenterId: 'ben',
    presenterDivId: 'operations',
    hostId: 'ana',
    hostDivId: 'finance',
  };
  const invited = stream.next('PresentationInvited', {
    ...parties,
    meetingAt: '2026-03-20T14:00:00+01:00',
    topic: 'How Operations plans capacity',
  });
  const accepted = stream.next('PresentationAccepted', {
    invitationId: 'i1',
    presenterId: 'ben',
    presenterDivId: 'operations',
  });
  const delivered = stream.next('PresentationDelivered', parties);
  const after = (events: Parameters<typeof evolvePresentation>[1][]) =>
    events.reduce<PresentationRow | null>(evolvePresentation, null);

  it('given it was sent, then it is invited, with the meeting in UTC', () => {
    expect(after([invited])).toMatchObject({
      status: 'invited',
      hostId: 'ana',
      presenterId: 'ben',
      meetingAt: '2026-03-20T13:00:00.000Z',
    });
  });

  it('given it was accepted and the presentation given, then it is delivered with both dates', () => {
    expect(after([invited, accepted, delivered])).toMatchObject({
      status: 'delivered',
      respondedAt: accepted.occurredAt,
      deliveredAt: delivered.occurredAt,
      version: 3,
    });
  });

  it('given the acceptance delivered again after the presentation, then it stays delivered', () => {
    expect(after([invited, accepted, delivered, accepted])?.status).toBe('delivered');
  });
});
