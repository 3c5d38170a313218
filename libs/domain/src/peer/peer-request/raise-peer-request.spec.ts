import { deciderSpec } from '@lib/testing';
import { ana, ben, cho, inactiveIn, inDays, NOW, operations } from '../test/peer-fixtures';
import { raise, raised, respondBy } from '../test/peer-request-history';
import { peerRequestDecider } from './peer-request.decider';

const spec = deciderSpec(peerRequestDecider);
const aLeaderFocusedOn = (themeIds: string[], projectIds: string[] = []) => ({
  divisionId: operations,
  active: true,
  focusThemeIds: themeIds,
  projectIds,
});

describe('RaisePeerRequest', () => {
  it('raises the request, naming both leaders with their divisions', () => {
    spec.given([]).when(raise()).then([raised()]);
  });

  it('records the project and support need it serves', () => {
    const command = raise({
      projectId: 'proj-vendors',
      supportNeedId: 'need-9',
      facts: { project: { ownerId: cho, memberIds: [ana] } },
    });
    spec
      .given([])
      .when(command)
      .then([raised({ projectId: 'proj-vendors', supportNeedId: 'need-9' })]);
  });

  describe('when the request was already raised', () => {
    it('conflicts', () => {
      spec.given([raised()]).when(raise()).thenFails({
        code: 'PEER_REQUEST_ALREADY_RAISED',
        apiCode: 'CONFLICT',
        field: 'requestId',
      });
    });
  });

  describe('when a leader raises it in another leader’s name', () => {
    it('is forbidden', () => {
      spec
        .given([])
        .when(raise({}, cho))
        .thenFails({ code: 'NOT_THE_REQUESTER', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the requester asks themselves', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(raise({ recipientId: ana }))
        .thenFails({
          code: 'CANNOT_REQUEST_ONESELF',
          apiCode: 'RULE_VIOLATED',
          field: 'recipientId',
        });
    });
  });

  describe('when a leader is unknown', () => {
    it.each([
      ['requester', 'REQUESTER_NOT_FOUND', 'requesterId'],
      ['recipient', 'RECIPIENT_NOT_FOUND', 'recipientId'],
    ] as const)('is not found: the %s', (party, code, field) => {
      spec
        .given([])
        .when(raise({ facts: { [party]: undefined } }))
        .thenFails({ code, apiCode: 'NOT_FOUND', field });
    });
  });

  describe('when a leader is inactive', () => {
    it.each([
      ['requester', 'REQUESTER_INACTIVE', 'requesterId'],
      ['recipient', 'RECIPIENT_INACTIVE', 'recipientId'],
    ] as const)(
      'is refused: the %s can neither raise nor receive requests',
      (party, code, field) => {
        const facts = {
          [party]: { ...aLeaderFocusedOn(['theme-cost']), ...inactiveIn(operations) },
        };
        spec.given([]).when(raise({ facts })).thenFails({ code, apiCode: 'RULE_VIOLATED', field });
      },
    );
  });

  describe('deadlines', () => {
    it.each([
      ['respondBy is now', { respondBy: NOW }, 'RESPOND_BY_IN_THE_PAST', 'respondBy'],
      ['respondBy has passed', { respondBy: inDays(-1) }, 'RESPOND_BY_IN_THE_PAST', 'respondBy'],
      ['respondBy is not a date', { respondBy: 'soon' }, 'RESPOND_BY_IN_THE_PAST', 'respondBy'],
      ['dueAt precedes respondBy', { dueAt: inDays(2) }, 'DUE_BEFORE_RESPOND_BY', 'dueAt'],
      ['dueAt is past 90 days', { dueAt: inDays(90.001) }, 'DUE_TOO_FAR_AHEAD', 'dueAt'],
    ])('refuses a request whose %s', (_, data, code, field) => {
      spec.given([]).when(raise(data)).thenFails({ code, apiCode: 'RULE_VIOLATED', field });
    });

    it('accepts a response due on the delivery date', () => {
      spec
        .given([])
        .when(raise({ dueAt: respondBy }))
        .then([raised({ dueAt: respondBy })]);
    });

    it('accepts a delivery due exactly 90 days ahead', () => {
      spec
        .given([])
        .when(raise({ dueAt: inDays(90) }))
        .then([raised({ dueAt: inDays(90) })]);
    });
  });

  describe('the topic', () => {
    it.each([
      ['shorter than 5 characters', 'Help'],
      ['blank', '          '],
      ['longer than 200 characters', 'x'.repeat(201)],
    ])('is refused when %s', (_, topic) => {
      spec
        .given([])
        .when(raise({ topic }))
        .thenFails({ code: 'TOPIC_LENGTH', apiCode: 'RULE_VIOLATED', field: 'topic' });
    });

    it.each([
      ['5 characters', 'Costs'],
      ['200 characters', 'x'.repeat(200)],
      ['200 emoji, counted as characters', '🙂'.repeat(200)],
    ])('is accepted with %s', (_, topic) => {
      spec
        .given([])
        .when(raise({ topic }))
        .then([raised({ topic })]);
    });
  });

  describe('when a theme is named twice', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(raise({ themeIds: ['theme-cost', 'theme-cost'] }))
        .thenFails({ code: 'DUPLICATE_THEME_IDS', apiCode: 'RULE_VIOLATED', field: 'themeIds' });
    });
  });

  describe('when it serves a project', () => {
    const forProject = (project?: { ownerId: string; memberIds: string[] }) =>
      raise({ projectId: 'proj-vendors', facts: { project } });

    it('is raised by the project owner', () => {
      spec
        .given([])
        .when(forProject({ ownerId: ana, memberIds: [] }))
        .then([raised({ projectId: 'proj-vendors' })]);
    });

    it('is refused to a leader who neither owns nor works on it', () => {
      spec
        .given([])
        .when(forProject({ ownerId: cho, memberIds: [ben] }))
        .thenFails({ code: 'NOT_ON_THE_PROJECT', apiCode: 'RULE_VIOLATED', field: 'projectId' });
    });

    it('is not found when the project is unknown', () => {
      spec
        .given([])
        .when(forProject(undefined))
        .thenFails({ code: 'PROJECT_NOT_FOUND', apiCode: 'NOT_FOUND', field: 'projectId' });
    });
  });
});
