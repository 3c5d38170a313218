import { deciderSpec } from '@lib/testing';
import { ben, cho, dan, finance, operations } from '../test/peer-fixtures';
import { raise, raised } from '../test/peer-request-history';
import { peerRequestDecider } from './peer-request.decider';

// The soft rules of RaisePeerRequest: the request is raised, with the warning recorded.

const spec = deciderSpec(peerRequestDecider);
const reason = 'Only Ben knows the logistics contracts';

describe('RaisePeerRequest', () => {
  describe('when the recipient is overloaded (OI ≥ 1)', () => {
    const overloaded = { recipientOverloadIndex: 1 };

    it('is raised with the RECIPIENT_OVERLOADED warning and the reason for the override', () => {
      spec
        .given([])
        .when(raise({ overrideReason: reason, facts: overloaded }))
        .then([raised({ warnings: ['RECIPIENT_OVERLOADED'], overrideReason: reason })]);
    });

    it.each([
      ['without a reason', undefined],
      ['with a blank reason', '   '],
    ])('is refused %s: the override needs one', (_, overrideReason) => {
      spec
        .given([])
        .when(raise({ overrideReason, facts: overloaded }))
        .thenFails({
          code: 'OVERRIDE_REASON_REQUIRED',
          apiCode: 'RULE_VIOLATED',
          field: 'overrideReason',
        });
    });

    it('is refused with a reason longer than 500 characters', () => {
      spec
        .given([])
        .when(raise({ overrideReason: 'x'.repeat(501), facts: overloaded }))
        .thenFails({ code: 'OVERRIDE_REASON_LENGTH', field: 'overrideReason' });
    });
  });

  describe('when the recipient is busy but not overloaded (OI < 1)', () => {
    it('is raised without warning, and without the override reason it did not need', () => {
      spec
        .given([])
        .when(raise({ overrideReason: reason, facts: { recipientOverloadIndex: 0.99 } }))
        .then([raised()]);
    });
  });

  describe('when the requester leans on this peer (PEER_SATURATION)', () => {
    it.each([
      ['already has 3 open requests to them', { openRequestsToRecipient: 3 }],
      ['sent 3 of their last 4 requests to them', { recentRecipientIds: [ben, cho, ben, ben] }],
    ])('is raised with the warning when the requester %s', (_, facts) => {
      spec
        .given([])
        .when(raise({ facts }))
        .then([raised({ warnings: ['PEER_SATURATION'] })]);
    });

    it.each([
      ['has 2 open requests to them', { openRequestsToRecipient: 2 }],
      [
        'sent exactly half of their last 4 requests to them',
        { recentRecipientIds: [ben, cho, ben, dan] },
      ],
      ['sent all of only 3 recent requests to them', { recentRecipientIds: [ben, ben, ben] }],
    ])('is raised without it when the requester %s', (_, facts) => {
      spec.given([]).when(raise({ facts })).then([raised()]);
    });
  });

  describe('when the two leaders share nothing (NO_INTERSECTION)', () => {
    const requester = {
      divisionId: finance,
      active: true,
      focusThemeIds: ['theme-cost'],
      projectIds: ['proj-a'],
      supportedProjectIds: [],
    };
    const recipient = {
      divisionId: operations,
      active: true,
      focusThemeIds: ['theme-growth'],
      projectIds: ['proj-b'],
      supportedProjectIds: [],
    };

    it('is raised with the warning', () => {
      spec
        .given([])
        .when(raise({ facts: { requester, recipient } }))
        .then([raised({ warnings: ['NO_INTERSECTION'] })]);
    });

    it('counts the themes the request names as the requester’s', () => {
      const command = raise({ themeIds: ['theme-growth'], facts: { requester, recipient } });
      spec
        .given([])
        .when(command)
        .then([raised({ themeIds: ['theme-growth'] })]);
    });

    it('counts a project both leaders work on', () => {
      const onBoth = { ...recipient, projectIds: ['proj-a'] };
      spec
        .given([])
        .when(raise({ facts: { requester, recipient: onBoth } }))
        .then([raised()]);
    });

    it('counts the project the request serves as the requester’s', () => {
      const command = raise({
        projectId: 'proj-b',
        facts: { requester, recipient, project: { ownerId: 'leader-ana', memberIds: [] } },
      });
      spec
        .given([])
        .when(command)
        .then([raised({ projectId: 'proj-b' })]);
    });

    describe("and the recipient supports the request's project through an open support need", () => {
      // The key contact of a need of proj-a, or a leader of the division it is addressed to.
      const supporter = { ...recipient, supportedProjectIds: ['proj-a'] };
      const team = { ownerId: 'leader-ana', memberIds: [] };

      it('Given the request names that project, Then it is raised without the warning', () => {
        spec
          .given([])
          .when(
            raise({
              projectId: 'proj-a',
              facts: { requester, recipient: supporter, project: team },
            }),
          )
          .then([raised({ projectId: 'proj-a' })]);
      });

      it('Given the request names no project but the requester owns it, Then it is raised without the warning', () => {
        spec
          .given([])
          .when(raise({ facts: { requester, recipient: supporter } }))
          .then([raised()]);
      });

      it('Given the requester supports a project the recipient owns, Then it is raised without the warning', () => {
        const requesterSupporting = {
          ...requester,
          projectIds: [],
          supportedProjectIds: ['proj-b'],
        };
        spec
          .given([])
          .when(raise({ facts: { requester: requesterSupporting, recipient } }))
          .then([raised()]);
      });

      it('Given the need is for another project, Then the warning stays', () => {
        const elsewhere = { ...recipient, supportedProjectIds: ['proj-c'] };
        spec
          .given([])
          .when(raise({ facts: { requester, recipient: elsewhere } }))
          .then([raised({ warnings: ['NO_INTERSECTION'] })]);
      });
    });

    it("Given the recipient is on the team of the request's project, Then it is raised without the warning", () => {
      const command = raise({
        projectId: 'proj-a',
        facts: {
          requester,
          recipient,
          project: { ownerId: 'leader-ana', memberIds: [ben] },
        },
      });
      spec
        .given([])
        .when(command)
        .then([raised({ projectId: 'proj-a' })]);
    });
  });

  describe('when every soft rule applies', () => {
    it('records all three warnings', () => {
      const command = raise({
        themeIds: [],
        overrideReason: reason,
        facts: {
          recipientOverloadIndex: 1.4,
          openRequestsToRecipient: 3,
          recipient: {
            divisionId: operations,
            active: true,
            focusThemeIds: [],
            projectIds: [],
            supportedProjectIds: [],
          },
        },
      });
      const warnings = ['RECIPIENT_OVERLOADED', 'PEER_SATURATION', 'NO_INTERSECTION'];
      spec
        .given([])
        .when(command)
        .then([raised({ themeIds: [], warnings, overrideReason: reason })]);
    });
  });
});
