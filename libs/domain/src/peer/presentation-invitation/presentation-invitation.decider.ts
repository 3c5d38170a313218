import type { Decider } from '../../shared/decider';
import { Conflict, Forbidden, NotFound, RuleViolated } from '../../shared/domain-errors';
import { exhaustive } from '../../shared/exhaustive';
import { instant } from '../../shared/time';
import { requireActiveLeader } from '../peer-facts';
import { requireTextLength } from '../peer-text';
import type {
  InvitePeerToPresent,
  PresentationInvitationCommand,
  RecordPresentationDelivered,
  RespondToInvitation,
} from './presentation-invitation.commands';
import type { PresentationInvitationEvent } from './presentation-invitation.events';
import type { PresentationInvitationState } from './presentation-invitation.state';

// "Invite a peer to present at your team meeting" (domain README §2): a delivered presentation creates
// help units both ways (§5.1), so it counts only once accepted and once the meeting has happened.

type Invitation = Exclude<PresentationInvitationState, { status: 'NotInvited' }>;

export const presentationInvitationDecider: Decider<
  PresentationInvitationState,
  PresentationInvitationCommand,
  PresentationInvitationEvent
> = {
  name: 'PresentationInvitation',
  initialState: () => ({ status: 'NotInvited' }),
  decide(command, state) {
    switch (command.type) {
      case 'InvitePeerToPresent':
        return invitePeerToPresent(command, state);
      case 'RespondToInvitation':
        return respondToInvitation(command, state);
      case 'RecordPresentationDelivered':
        return recordPresentationDelivered(command, state);
      default:
        return exhaustive(command);
    }
  },
  evolve,
};

function invitePeerToPresent(
  { data, metadata }: InvitePeerToPresent,
  state: PresentationInvitationState,
): PresentationInvitationEvent[] {
  if (state.status !== 'NotInvited') {
    throw new Conflict(
      'INVITATION_ALREADY_SENT',
      `Invitation ${data.invitationId} exists.`,
      'invitationId',
    );
  }
  if (metadata.actorId !== data.hostId) {
    throw new Forbidden('NOT_THE_HOST', 'Leaders invite presenters to their own meetings only.');
  }
  if (data.presenterId === data.hostId) {
    throw new RuleViolated('CANNOT_INVITE_ONESELF', 'Invite a peer, not yourself.', 'presenterId');
  }
  const host = requireActiveLeader(data.facts.host, {
    role: 'host',
    leaderId: data.hostId,
    field: 'hostId',
  });
  const presenter = requireActiveLeader(data.facts.presenter, {
    role: 'presenter',
    leaderId: data.presenterId,
    field: 'presenterId',
  });
  if (!(instant(metadata.now) < instant(data.meetingAt))) {
    throw new RuleViolated('MEETING_IN_THE_PAST', 'meetingAt must be in the future.', 'meetingAt');
  }
  requireTextLength(data.topic, { code: 'TOPIC_LENGTH', field: 'topic', min: 5, max: 200 });
  const { invitationId, hostId, presenterId, meetingAt, topic } = data;
  const divisions = { hostDivId: host.divisionId, presenterDivId: presenter.divisionId };
  return [
    {
      type: 'PresentationInvited',
      data: { invitationId, hostId, presenterId, ...divisions, meetingAt, topic },
    },
  ];
}

function respondToInvitation(
  { data, metadata }: RespondToInvitation,
  state: PresentationInvitationState,
): PresentationInvitationEvent[] {
  const invitation = requireInvitation(state, data.invitationId);
  if (metadata.actorId !== invitation.presenterId) {
    throw new Forbidden('NOT_THE_PRESENTER', 'Only the invited presenter can respond.');
  }
  if (invitation.status !== 'Invited') {
    throw new RuleViolated(
      'INVITATION_ALREADY_ANSWERED',
      `The invitation is ${invitation.status}.`,
    );
  }
  const { invitationId, presenterId } = invitation;
  const presenter = { invitationId, presenterId, presenterDivId: data.facts.presenterDivisionId };
  return data.response === 'accept'
    ? [{ type: 'PresentationAccepted', data: presenter }]
    : [{ type: 'PresentationDeclined', data: presenter }];
}

function recordPresentationDelivered(
  { data, metadata }: RecordPresentationDelivered,
  state: PresentationInvitationState,
): PresentationInvitationEvent[] {
  const invitation = requireInvitation(state, data.invitationId);
  if (metadata.actorId !== invitation.hostId) {
    throw new Forbidden('NOT_THE_HOST', 'Only the host records that the presentation took place.');
  }
  if (invitation.status === 'Delivered') {
    throw new RuleViolated('PRESENTATION_ALREADY_DELIVERED', 'It was already recorded.');
  }
  if (invitation.status !== 'Accepted') {
    throw new RuleViolated('INVITATION_NOT_ACCEPTED', `The invitation is ${invitation.status}.`);
  }
  if (!(instant(metadata.now) >= instant(invitation.meetingAt))) {
    throw new RuleViolated('MEETING_NOT_YET_HELD', `The meeting is at ${invitation.meetingAt}.`);
  }
  const { invitationId, hostId, presenterId } = invitation;
  const hostDivId = data.facts.hostDivisionId;
  const presenterDivId = data.facts.presenterDivisionId;
  return [
    {
      type: 'PresentationDelivered',
      data: { invitationId, hostId, hostDivId, presenterId, presenterDivId },
    },
  ];
}

function requireInvitation(state: PresentationInvitationState, invitationId: string): Invitation {
  if (state.status === 'NotInvited') {
    throw new NotFound(
      'INVITATION_NOT_FOUND',
      `Invitation ${invitationId} does not exist.`,
      'invitationId',
    );
  }
  return state;
}

/** Total and replay-safe: an unexpected or unknown event leaves the state unchanged. */
function evolve(
  state: PresentationInvitationState,
  event: PresentationInvitationEvent,
): PresentationInvitationState {
  if (state.status === 'NotInvited') {
    if (event.type !== 'PresentationInvited') return state;
    const { invitationId, hostId, presenterId, meetingAt } = event.data;
    return { status: 'Invited', invitationId, hostId, presenterId, meetingAt };
  }
  switch (event.type) {
    case 'PresentationAccepted':
      return state.status === 'Invited' ? { ...state, status: 'Accepted' } : state;
    case 'PresentationDeclined':
      return state.status === 'Invited' ? { ...state, status: 'Declined' } : state;
    case 'PresentationDelivered':
      return state.status === 'Accepted' ? { ...state, status: 'Delivered' } : state;
    default:
      return state;
  }
}
