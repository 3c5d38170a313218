import { deciderSpec } from '@lib/testing';
import {
  ana,
  ben,
  cho,
  finance,
  inactiveIn,
  inDays,
  NOW,
  operations,
  unknownEvent,
} from '../test/peer-fixtures';
import {
  bothActive,
  delivered,
  invitationAccepted,
  invitationDeclined,
  invite,
  invited,
  meetingAt,
  recordDelivered,
  respond,
} from '../test/presentation-history';
import { presentationInvitationDecider } from './presentation-invitation.decider';
import { presentationInvitationStream } from './presentation-invitation.state';

const spec = deciderSpec(presentationInvitationDecider);

describe('InvitePeerToPresent', () => {
  it('invites the peer, naming both leaders with their divisions', () => {
    spec.given([]).when(invite()).then([invited]);
  });

  describe('when the invitation exists', () => {
    it('conflicts', () => {
      spec
        .given([invited])
        .when(invite())
        .thenFails({ code: 'INVITATION_ALREADY_SENT', apiCode: 'CONFLICT', field: 'invitationId' });
    });
  });

  describe('when a leader invites to another leader’s meeting', () => {
    it('is forbidden', () => {
      spec
        .given([])
        .when(invite({}, cho))
        .thenFails({ code: 'NOT_THE_HOST', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the host invites themselves', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(invite({ presenterId: ana }))
        .thenFails({
          code: 'CANNOT_INVITE_ONESELF',
          apiCode: 'RULE_VIOLATED',
          field: 'presenterId',
        });
    });
  });

  describe('when a leader is unknown or inactive', () => {
    it.each([
      ['the host is unknown', { host: undefined }, 'HOST_NOT_FOUND', 'hostId'],
      ['the presenter is unknown', { presenter: undefined }, 'PRESENTER_NOT_FOUND', 'presenterId'],
      ['the host is inactive', { host: inactiveIn(finance) }, 'HOST_INACTIVE', 'hostId'],
      [
        'the presenter is inactive',
        { presenter: inactiveIn(operations) },
        'PRESENTER_INACTIVE',
        'presenterId',
      ],
    ])('is refused when %s', (_, facts, code, field) => {
      spec
        .given([])
        .when(invite({ facts: { ...bothActive, ...facts } }))
        .thenFails({ code, field });
    });
  });

  describe('when the meeting is not in the future', () => {
    it.each([
      ['now', NOW],
      ['past', inDays(-1)],
    ])('is refused when it is %s', (_, at) => {
      spec
        .given([])
        .when(invite({ meetingAt: at }))
        .thenFails({ code: 'MEETING_IN_THE_PAST', apiCode: 'RULE_VIOLATED', field: 'meetingAt' });
    });
  });

  describe('the topic', () => {
    it.each([
      ['shorter than 5 characters', 'Ops'],
      ['longer than 200 characters', 'x'.repeat(201)],
    ])('is refused when %s', (_, topic) => {
      spec
        .given([])
        .when(invite({ topic }))
        .thenFails({ code: 'TOPIC_LENGTH', apiCode: 'RULE_VIOLATED', field: 'topic' });
    });
  });
});

describe('RespondToInvitation', () => {
  it('accepts the invitation', () => {
    spec.given([invited]).when(respond('accept')).then([invitationAccepted]);
  });

  it('declines the invitation', () => {
    spec.given([invited]).when(respond('decline')).then([invitationDeclined]);
  });

  describe('when someone other than the presenter responds', () => {
    it.each([
      ['the host', ana],
      ['another leader', cho],
    ])('is forbidden to %s', (_, actor) => {
      spec
        .given([invited])
        .when(respond('accept', actor))
        .thenFails({ code: 'NOT_THE_PRESENTER', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the presenter already responded', () => {
    it.each([
      ['accepted', invitationAccepted],
      ['declined', invitationDeclined],
    ])('is refused once %s: a response is given once', (_, response) => {
      spec
        .given([invited, response])
        .when(respond('decline'))
        .thenFails({ code: 'INVITATION_ALREADY_ANSWERED', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('when the invitation does not exist', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(respond('accept'))
        .thenFails({ code: 'INVITATION_NOT_FOUND', apiCode: 'NOT_FOUND', field: 'invitationId' });
    });
  });
});

describe('RecordPresentationDelivered', () => {
  it('records the presentation once the meeting has started', () => {
    spec.given([invited, invitationAccepted]).when(recordDelivered()).then([delivered]);
  });

  describe('when someone other than the host records it', () => {
    it('is forbidden, even to the presenter', () => {
      spec
        .given([invited, invitationAccepted])
        .when(recordDelivered(meetingAt, ben))
        .thenFails({ code: 'NOT_THE_HOST', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the meeting has not happened yet', () => {
    it('is refused', () => {
      spec
        .given([invited, invitationAccepted])
        .when(recordDelivered(inDays(6)))
        .thenFails({ code: 'MEETING_NOT_YET_HELD', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('when the presenter has not accepted', () => {
    it.each([
      ['has not responded', [invited]],
      ['declined', [invited, invitationDeclined]],
    ])('is refused when the presenter %s', (_, history) => {
      spec
        .given(history)
        .when(recordDelivered())
        .thenFails({ code: 'INVITATION_NOT_ACCEPTED', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('when it was already recorded', () => {
    it('is refused: the help units count once', () => {
      spec
        .given([invited, invitationAccepted, delivered])
        .when(recordDelivered())
        .thenFails({ code: 'PRESENTATION_ALREADY_DELIVERED', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('when the invitation does not exist', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(recordDelivered())
        .thenFails({ code: 'INVITATION_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });
});

describe('PresentationInvitation', () => {
  it('lives in its own stream per tenant', () => {
    expect(presentationInvitationStream('tenant-acme', 'inv-12')).toBe(
      'presentation-invitation:tenant-acme:inv-12',
    );
  });

  it('passes over an event it does not know on replay', () => {
    spec.given([invited, unknownEvent]).when(respond('accept')).then([invitationAccepted]);
  });

  it('ignores an event its state machine does not expect there', () => {
    spec
      .given([invited, invitationDeclined, invitationAccepted])
      .when(recordDelivered())
      .thenFails({ code: 'INVITATION_NOT_ACCEPTED' });
  });
});
