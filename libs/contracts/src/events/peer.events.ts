import { Type } from '@sinclair/typebox';
import { Topics } from '../topics';
import { defineEvent } from './define-event';
import { dateTime, eventData, id, idSet, integer, oneOf, personalText, warnings } from './fields';
import { Efforts, PeerRequestDeclineReasons, RequestKinds, WarningCodes } from './vocabulary';

// Events of the peer context (domain README §3): peer requests and their timers, presentation
// invitations and mutual themes. Each leader an event names comes with their division at that
// moment (`…DivId`), so a reorganisation never rewrites history (domain README §1).

const topic = Topics.peer;
const requestId = id('The peer request (the PeerRequest aggregate id).');
const invitationId = id('The invitation (the PresentationInvitation aggregate id).');
const mutualThemeId = id('The proposal (the MutualTheme aggregate id).');
const divisionAtTheTime = (who: string) =>
  id(`The division of the ${who} at the moment of the event.`);

// The recipient can change through redirects, so each answer names the recipient who gave it.
const answeredByRecipient = {
  requestId,
  recipientId: id('The recipient who answered.'),
  recipientDivId: divisionAtTheTime('recipient'),
};
const overdueWithRecipient = {
  requestId,
  recipientId: id('The recipient the request was waiting for.'),
  recipientDivId: divisionAtTheTime('recipient'),
};
const actedOnByRequester = {
  requestId,
  requesterId: id('The requester.'),
  requesterDivId: divisionAtTheTime('requester'),
};

export const PeerRequestRaised = defineEvent({
  type: 'PeerRequestRaised',
  schemaVersion: 1,
  topic,
  aggregate: 'PeerRequest',
  description: 'A leader asked a peer for input, help, a review or an introduction.',
  data: eventData({
    ...actedOnByRequester,
    recipientId: id('The peer asked.'),
    recipientDivId: divisionAtTheTime('recipient'),
    kind: oneOf(RequestKinds, 'What is asked for.'),
    topic: personalText('What the request is about.', { minLength: 5, maxLength: 200 }),
    themeIds: idSet('Strategic themes the request serves (may be empty).'),
    projectId: Type.Optional(
      id('The strategic project it serves; the requester owns or works on it.'),
    ),
    supportNeedId: Type.Optional(id('The support need it serves.')),
    effort: oneOf(Efforts, 'Expected effort (help units: S 1, M 2, L 4).'),
    respondBy: dateTime('Answer (accept, decline or redirect) expected by then.'),
    dueAt: dateTime('Fulfilment expected by then; at most 90 days after raising.'),
    warnings: warnings(WarningCodes.raisePeerRequest),
    overrideReason: Type.Optional(
      personalText('Why the requester raised it despite RECIPIENT_OVERLOADED.', {
        minLength: 1,
        maxLength: 500,
      }),
    ),
  }),
});

export const PeerRequestAccepted = defineEvent({
  type: 'PeerRequestAccepted',
  schemaVersion: 1,
  topic,
  aggregate: 'PeerRequest',
  description: 'The recipient accepted the request.',
  data: eventData({
    ...answeredByRecipient,
    expectedBy: dateTime('When the recipient expects to deliver; not after `dueAt`.'),
  }),
});

export const PeerRequestDeclined = defineEvent({
  type: 'PeerRequestDeclined',
  schemaVersion: 1,
  topic,
  aggregate: 'PeerRequest',
  description: 'The recipient declined, possibly naming a better-placed peer (connector credit).',
  data: eventData(
    {
      ...answeredByRecipient,
      reasonCode: oneOf(PeerRequestDeclineReasons, 'Why the recipient declined.'),
      suggestedPeerId: Type.Optional(id('A peer the recipient suggests instead.')),
      suggestedPeerDivId: Type.Optional(divisionAtTheTime('suggested peer')),
    },
    {
      dependencies: {
        suggestedPeerId: ['suggestedPeerDivId'],
        suggestedPeerDivId: ['suggestedPeerId'],
      },
    },
  ),
});

export const PeerRequestRedirected = defineEvent({
  type: 'PeerRequestRedirected',
  schemaVersion: 1,
  topic,
  aggregate: 'PeerRequest',
  description: 'The recipient passed the request to another peer, who becomes the recipient.',
  data: eventData({
    requestId,
    fromId: id('The recipient who redirected.'),
    fromDivId: divisionAtTheTime('redirecting recipient'),
    toId: id('The new recipient; neither the requester nor the previous recipient.'),
    toDivId: divisionAtTheTime('new recipient'),
    hop: integer('How many times the request has now been redirected.', { minimum: 1, maximum: 2 }),
  }),
});

export const PeerRequestFulfilled = defineEvent({
  type: 'PeerRequestFulfilled',
  schemaVersion: 1,
  topic,
  aggregate: 'PeerRequest',
  description: 'The recipient delivered what was asked (a raised request is accepted implicitly).',
  data: eventData({
    ...answeredByRecipient,
    summary: personalText('What was delivered.', { minLength: 1, maxLength: 2000 }),
  }),
});

export const PeerRequestAcknowledged = defineEvent({
  type: 'PeerRequestAcknowledged',
  schemaVersion: 1,
  topic,
  aggregate: 'PeerRequest',
  description: 'The requester rated the help received (help quality q, §5.1).',
  data: eventData({
    ...actedOnByRequester,
    helpfulness: integer('1 (not helpful) to 5 (very helpful).', { minimum: 1, maximum: 5 }),
    thanks: Type.Optional(personalText('A thank-you note.', { minLength: 1, maxLength: 2000 })),
  }),
});

export const PeerRequestWithdrawn = defineEvent({
  type: 'PeerRequestWithdrawn',
  schemaVersion: 1,
  topic,
  aggregate: 'PeerRequest',
  description: 'The requester withdrew the request before it ended.',
  data: eventData(actedOnByRequester),
});

export const PeerRequestExpired = defineEvent({
  type: 'PeerRequestExpired',
  schemaVersion: 1,
  topic,
  aggregate: 'PeerRequest',
  description: 'The request ended without an answer from the recipient.',
  data: eventData(overdueWithRecipient),
});

export const PeerRequestResponseSlaBreached = defineEvent({
  type: 'PeerRequestResponseSlaBreached',
  schemaVersion: 1,
  topic,
  aggregate: 'PeerRequest',
  description: '`respondBy` passed with no answer (emitted by the timer, not a user).',
  data: eventData({
    ...overdueWithRecipient,
    slaAt: dateTime('The `respondBy` that passed.'),
    ruleVersion: integer('The scoring rules version that set the SLA.', { minimum: 1 }),
  }),
});

export const PeerRequestDeliverySlaBreached = defineEvent({
  type: 'PeerRequestDeliverySlaBreached',
  schemaVersion: 1,
  topic,
  aggregate: 'PeerRequest',
  description: '`dueAt` passed and the request is not fulfilled (emitted by the timer).',
  data: eventData({ ...overdueWithRecipient, dueAt: dateTime('The `dueAt` that passed.') }),
});

const presenter = {
  invitationId,
  presenterId: id('The invited presenter.'),
  presenterDivId: divisionAtTheTime('presenter'),
};
const hostAndPresenter = {
  ...presenter,
  hostId: id('The leader whose team meeting it is.'),
  hostDivId: divisionAtTheTime('host'),
};

export const PresentationInvited = defineEvent({
  type: 'PresentationInvited',
  schemaVersion: 1,
  topic,
  aggregate: 'PresentationInvitation',
  description: "A leader invited a peer to present at the host's team meeting.",
  data: eventData({
    ...hostAndPresenter,
    meetingAt: dateTime('When the meeting takes place.'),
    topic: personalText('What the presenter is invited to talk about.', {
      minLength: 5,
      maxLength: 200,
    }),
  }),
});

export const PresentationAccepted = defineEvent({
  type: 'PresentationAccepted',
  schemaVersion: 1,
  topic,
  aggregate: 'PresentationInvitation',
  description: 'The presenter accepted the invitation.',
  data: eventData(presenter),
});

export const PresentationDeclined = defineEvent({
  type: 'PresentationDeclined',
  schemaVersion: 1,
  topic,
  aggregate: 'PresentationInvitation',
  description: 'The presenter declined the invitation.',
  data: eventData(presenter),
});

export const PresentationDelivered = defineEvent({
  type: 'PresentationDelivered',
  schemaVersion: 1,
  topic,
  aggregate: 'PresentationInvitation',
  description: 'The host recorded that the presentation took place (help units, §5.1).',
  data: eventData(hostAndPresenter),
});

const proposal = {
  mutualThemeId,
  leaderIds: Type.Tuple([id('The proposer.'), id('The partner, who confirms.')], {
    description: 'The two leaders: the proposer, then the partner.',
  }),
  leaderDivIds: Type.Tuple([divisionAtTheTime('proposer'), divisionAtTheTime('partner')], {
    description: 'Their divisions at the moment of the event, in the same order.',
  }),
  warnings: warnings(WarningCodes.proposeMutualTheme),
};

export const MutualThemeProposed = defineEvent({
  type: 'MutualThemeProposed',
  schemaVersion: 1,
  topic,
  aggregate: 'MutualTheme',
  description: 'A leader proposed a shared theme, or a set of shared projects, to a peer.',
  data: Type.Union([
    eventData({ ...proposal, themeId: id('The shared theme.') }),
    eventData({ ...proposal, projectIds: idSet('The shared projects.', { minItems: 1 }) }),
  ]),
});

export const MutualThemeConfirmed = defineEvent({
  type: 'MutualThemeConfirmed',
  schemaVersion: 1,
  topic,
  aggregate: 'MutualTheme',
  description: 'The partner confirmed the mutual theme.',
  data: eventData({
    mutualThemeId,
    confirmedBy: id('The partner who confirmed.'),
    confirmedByDivId: divisionAtTheTime('partner'),
  }),
});

export const peerEvents = [
  PeerRequestRaised,
  PeerRequestAccepted,
  PeerRequestDeclined,
  PeerRequestRedirected,
  PeerRequestFulfilled,
  PeerRequestAcknowledged,
  PeerRequestWithdrawn,
  PeerRequestExpired,
  PeerRequestResponseSlaBreached,
  PeerRequestDeliverySlaBreached,
  PresentationInvited,
  PresentationAccepted,
  PresentationDeclined,
  PresentationDelivered,
  MutualThemeProposed,
  MutualThemeConfirmed,
] as const;
