import { validateEventData } from '@lib/contracts';
import type { Command, Decider, Event } from '../shared/decider';
import { mutualThemeDecider } from './mutual-theme/mutual-theme.decider';
import { peerRequestDecider } from './peer-request/peer-request.decider';
import { presentationInvitationDecider } from './presentation-invitation/presentation-invitation.decider';
import { cho, legal, operations } from './test/peer-fixtures';
import { confirm, propose, proposed } from './test/mutual-theme-history';
import * as request from './test/peer-request-history';
import * as presentation from './test/presentation-history';

// The conformance file proves the shapes at compile time; this proves the values at run time:
// what the deciders emit, optional fields and warnings included, passes the feed's JSON Schemas.

function decide<S, C extends Command, E extends Event>(
  decider: Decider<S, C, E>,
  history: readonly E[],
  command: C,
): readonly E[] {
  const state = history.reduce(decider.evolve, decider.initialState());
  return decider.decide(command, state);
}

const everyWarning = request.raise({
  projectId: 'proj-vendors',
  supportNeedId: 'need-9',
  themeIds: [],
  overrideReason: 'Only Ben knows the logistics contracts',
  facts: {
    project: { ownerId: 'leader-ana', memberIds: [] },
    recipientOverloadIndex: 1.3,
    openRequestsToRecipient: 3,
  },
});
const { raised, accepted, fulfilled, responseSlaBreached } = request;
const suggestingCho = request.decline({
  suggestedPeerId: cho,
  facts: { recipientDivisionId: operations, suggestedPeer: { divisionId: legal, active: true } },
});

const decided: readonly Event[] = [
  ...decide(peerRequestDecider, [], everyWarning),
  ...decide(peerRequestDecider, [raised()], request.accept()),
  ...decide(peerRequestDecider, [raised()], suggestingCho),
  ...decide(peerRequestDecider, [raised()], request.redirect()),
  ...decide(peerRequestDecider, [raised(), accepted], request.fulfil()),
  ...decide(peerRequestDecider, [raised(), fulfilled], request.acknowledge()),
  ...decide(peerRequestDecider, [raised()], request.withdraw()),
  ...decide(peerRequestDecider, [raised()], request.recordResponseSlaBreach()),
  ...decide(peerRequestDecider, [raised(), responseSlaBreached], request.recordDeliverySlaBreach()),
  ...decide(presentationInvitationDecider, [], presentation.invite()),
  ...decide(presentationInvitationDecider, [presentation.invited], presentation.respond('accept')),
  ...decide(presentationInvitationDecider, [presentation.invited], presentation.respond('decline')),
  ...decide(
    presentationInvitationDecider,
    [presentation.invited, presentation.invitationAccepted],
    presentation.recordDelivered(),
  ),
  ...decide(mutualThemeDecider, [], propose()),
  ...decide(mutualThemeDecider, [], propose({ projectIds: ['proj-vendors'] })),
  ...decide(mutualThemeDecider, [proposed], confirm()),
];

describe('the events the peer deciders emit', () => {
  it('cover every peer event type', () => {
    expect(new Set(decided.map(({ type }) => type)).size).toBe(16);
  });

  it.each(decided.map((event) => [event.type, event] as const))(
    '%s is valid on the feed',
    (type, event) => {
      expect(validateEventData(type, 1, event.data)).toMatchObject({ ok: true });
    },
  );
});
