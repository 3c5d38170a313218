import type { DirectoryEvent, DirectoryEventOf } from '../directory-rows';
import { isoInstant } from '../directory-rows';

export type PresentationStatus = 'invited' | 'accepted' | 'declined' | 'delivered';

/** An invitation to present at a peer's team meeting, and what became of it. */
export type PresentationRow = Readonly<{
  tenantId: string;
  invitationId: string;
  hostId: string;
  hostDivId: string;
  presenterId: string;
  presenterDivId: string;
  meetingAt: string;
  topic: string;
  status: PresentationStatus;
  invitedAt: string;
  respondedAt: string | null;
  deliveredAt: string | null;
  version: number;
}>;

const answers: Readonly<Record<string, PresentationStatus>> = {
  PresentationAccepted: 'accepted',
  PresentationDeclined: 'declined',
};

/** Folds one event of an invitation's stream (in order; one already folded changes nothing). */
export function evolvePresentation(
  row: PresentationRow | null,
  event: DirectoryEvent,
): PresentationRow | null {
  if (event.type === 'PresentationInvited')
    return row ?? invited(event as DirectoryEventOf<'PresentationInvited'>);
  if (!row || event.streamVersion <= row.version) return row;
  const answer = answers[event.type];
  if (answer)
    return { ...row, status: answer, respondedAt: event.occurredAt, version: event.streamVersion };
  if (event.type === 'PresentationDelivered')
    return {
      ...row,
      status: 'delivered',
      deliveredAt: event.occurredAt,
      version: event.streamVersion,
    };
  return row;
}

function invited(event: DirectoryEventOf<'PresentationInvited'>): PresentationRow {
  const d = event.data;
  return {
    tenantId: event.tenantId,
    invitationId: d.invitationId,
    hostId: d.hostId,
    hostDivId: d.hostDivId,
    presenterId: d.presenterId,
    presenterDivId: d.presenterDivId,
    meetingAt: isoInstant(d.meetingAt),
    topic: d.topic,
    status: 'invited',
    invitedAt: event.occurredAt,
    respondedAt: null,
    deliveredAt: null,
    version: event.streamVersion,
  };
}
