import type {
  InvitePeerToPresent,
  RecordPresentationDelivered,
  RespondToInvitation,
} from '../presentation-invitation/presentation-invitation.commands';
import type {
  PresentationAccepted,
  PresentationDeclined,
  PresentationDelivered,
  PresentationInvited,
} from '../presentation-invitation/presentation-invitation.events';
import { actingAs, activeIn, ana, ben, finance, inDays, operations } from './peer-fixtures';

// Ana (finance) invites Ben (operations) to present at her team meeting in a week.

export const invitationId = 'inv-12';
export const meetingAt = inDays(7);
const topic = 'How operations plans capacity';
export const bothActive = { host: activeIn(finance), presenter: activeIn(operations) };

export function invite(
  data: Partial<InvitePeerToPresent['data']> = {},
  actor = ana,
): InvitePeerToPresent {
  return {
    type: 'InvitePeerToPresent',
    data: {
      invitationId,
      hostId: ana,
      presenterId: ben,
      meetingAt,
      topic,
      facts: bothActive,
      ...data,
    },
    metadata: actingAs(actor),
  };
}

export function respond(response: 'accept' | 'decline', actor = ben): RespondToInvitation {
  return {
    type: 'RespondToInvitation',
    data: { invitationId, response, facts: { presenterDivisionId: operations } },
    metadata: actingAs(actor),
  };
}

export function recordDelivered(now = meetingAt, actor = ana): RecordPresentationDelivered {
  return {
    type: 'RecordPresentationDelivered',
    data: { invitationId, facts: { hostDivisionId: finance, presenterDivisionId: operations } },
    metadata: actingAs(actor, now),
  };
}

const presenter = { invitationId, presenterId: ben, presenterDivId: operations };
const hostAndPresenter = { ...presenter, hostId: ana, hostDivId: finance };

export const invited: PresentationInvited = {
  type: 'PresentationInvited',
  data: { ...hostAndPresenter, meetingAt, topic },
};
export const invitationAccepted: PresentationAccepted = {
  type: 'PresentationAccepted',
  data: presenter,
};
export const invitationDeclined: PresentationDeclined = {
  type: 'PresentationDeclined',
  data: presenter,
};
export const delivered: PresentationDelivered = {
  type: 'PresentationDelivered',
  data: hostAndPresenter,
};
