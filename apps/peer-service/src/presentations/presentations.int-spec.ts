import { randomUUID } from 'node:crypto';
import { eventually } from '@lib/testing';
import { PeerTestBed } from '../../test/peer-test-bed';
import { rejection, secondsFromNow } from '../../test/peer-world';

describe('presentation invitations', () => {
  const bed = new PeerTestBed();
  let tenant: string;

  beforeAll(async () => {
    await bed.start();
    tenant = await bed.tenant();
  });
  afterAll(() => bed.stop());

  const invite = (meetingAt: string) => ({
    invitationId: randomUUID(),
    hostId: 'ana',
    presenterId: 'cho',
    meetingAt,
    topic: 'How legal reviews vendor contracts',
  });

  describe('when the presenter accepts and the meeting takes place', () => {
    it('records the delivery with both leaders’ divisions, once the meeting has begun', async () => {
      const invitation = invite(secondsFromNow(2));
      const { invitationId } = invitation;
      const invited = await bed.as(tenant, 'ana')('InvitePeerToPresent', invitation);
      expect(invited.events).toEqual([expect.objectContaining({ type: 'PresentationInvited' })]);
      await bed.as(tenant, 'cho')('RespondToInvitation', { invitationId, response: 'accept' });
      expect(
        await rejection(bed.as(tenant, 'ana')('RecordPresentationDelivered', { invitationId })),
      ).toMatchObject({ code: 'RULE_VIOLATED', rule: 'MEETING_NOT_YET_HELD' });
      await eventually(() => expect(Date.now()).toBeGreaterThan(Date.parse(invitation.meetingAt)));
      await bed.as(tenant, 'ana')('RecordPresentationDelivered', { invitationId });
      const events = await bed.eventsOf(`presentation-invitation:${tenant}:${invitationId}`);
      expect(events.map((e) => e.type)).toEqual([
        'PresentationInvited',
        'PresentationAccepted',
        'PresentationDelivered',
      ]);
      expect(events[1].data).toMatchObject({ presenterId: 'cho', presenterDivId: 'legal' });
      expect(events[2].data).toMatchObject({ hostDivId: 'finance', presenterDivId: 'legal' });
    });
  });

  describe('when the presenter declines', () => {
    it('lets only the presenter answer', async () => {
      const invitation = invite(secondsFromNow(3600));
      const { invitationId } = invitation;
      await bed.as(tenant, 'ana')('InvitePeerToPresent', invitation);
      const before = await bed.storedEvents();
      expect(
        await rejection(
          bed.as(tenant, 'ana')('RespondToInvitation', { invitationId, response: 'accept' }),
        ),
      ).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_THE_PRESENTER' });
      expect(await bed.storedEvents()).toBe(before);
      const reply = await bed.as(tenant, 'cho')('RespondToInvitation', {
        invitationId,
        response: 'decline',
      });
      expect(reply.events).toEqual([expect.objectContaining({ type: 'PresentationDeclined' })]);
    });
  });

  it('refuses a presenter the directory does not know', async () => {
    const error = await rejection(
      bed.as(tenant, 'ana')('InvitePeerToPresent', {
        ...invite(secondsFromNow(3600)),
        presenterId: 'zed',
      }),
    );
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      rule: 'PRESENTER_NOT_FOUND',
      field: 'presenterId',
    });
  });
});
