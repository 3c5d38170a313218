import { streamId } from '../../shared/stream-id';

export type InvitationTerms = Readonly<{
  invitationId: string;
  hostId: string;
  presenterId: string;
  meetingAt: string;
}>;

/** NotInvited → Invited → Accepted → Delivered, or Invited → Declined. */
export type PresentationInvitationState =
  | Readonly<{ status: 'NotInvited' }>
  | (InvitationTerms & Readonly<{ status: 'Invited' | 'Accepted' | 'Declined' | 'Delivered' }>);

export function presentationInvitationStream(tenantId: string, invitationId: string): string {
  return streamId('presentation-invitation', tenantId, invitationId);
}
