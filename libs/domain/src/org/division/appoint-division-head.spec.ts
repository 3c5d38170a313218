import { deciderSpec } from '@lib/testing';
import type { CommandMetadata } from '../../shared/decider';
import type { OrgLeaderFacts } from '../org-facts';
import { ana, cfo, cfoAppointed, finance, financeRegistered } from '../test/division-history';
import { aLeader, anAdmin, anExecutive } from '../test/org-fixtures';
import type { AppointDivisionHead, AppointDivisionHeadFacts } from './division.commands';
import { divisionDecider } from './division.decider';

const spec = deciderSpec(divisionDecider);

const memberOfFinance: OrgLeaderFacts = { divisionId: finance, active: true };

function appoint(
  leaderId: string,
  facts: Partial<AppointDivisionHeadFacts> = {},
  metadata: CommandMetadata = anAdmin(),
): AppointDivisionHead {
  return {
    type: 'AppointDivisionHead',
    data: {
      divisionId: finance,
      leaderId,
      facts: { divisionMergedAway: false, leader: memberOfFinance, ...facts },
    },
    metadata,
  };
}

describe('AppointDivisionHead', () => {
  it('appoints a member of the division as its head', () => {
    spec.given([financeRegistered]).when(appoint(cfo)).then([cfoAppointed]);
  });

  describe('when an executive appoints the head', () => {
    it('is appointed', () => {
      spec
        .given([financeRegistered])
        .when(appoint(cfo, {}, anExecutive()))
        .then([cfoAppointed]);
    });
  });

  describe('when the division already has a head', () => {
    it('appoints the new head in their place', () => {
      spec
        .given([financeRegistered, cfoAppointed])
        .when(appoint(ana))
        .then([{ type: 'DivisionHeadAppointed', data: { divisionId: finance, leaderId: ana } }]);
    });
  });

  describe('when the leader already heads the division', () => {
    it('is refused', () => {
      spec
        .given([financeRegistered, cfoAppointed])
        .when(appoint(cfo))
        .thenFails({ code: 'ALREADY_HEAD', apiCode: 'RULE_VIOLATED', field: 'leaderId' });
    });
  });

  describe('when neither an admin nor an executive appoints', () => {
    it('is forbidden', () => {
      spec
        .given([financeRegistered])
        .when(appoint(cfo, {}, aLeader(cfo)))
        .thenFails({ code: 'NOT_ADMIN_OR_EXECUTIVE', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the division is not registered', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(appoint(cfo))
        .thenFails({ code: 'DIVISION_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });

  describe('when the division was merged into another', () => {
    it('is refused', () => {
      spec
        .given([financeRegistered])
        .when(appoint(cfo, { divisionMergedAway: true }))
        .thenFails({ code: 'DIVISION_MERGED_AWAY', apiCode: 'RULE_VIOLATED', field: 'divisionId' });
    });
  });

  describe('when the leader is not registered', () => {
    it('is not found', () => {
      spec
        .given([financeRegistered])
        .when(appoint(cfo, { leader: null }))
        .thenFails({ code: 'LEADER_NOT_FOUND', apiCode: 'NOT_FOUND', field: 'leaderId' });
    });
  });

  describe('when the leader was deactivated', () => {
    it('is refused', () => {
      spec
        .given([financeRegistered])
        .when(appoint(cfo, { leader: { divisionId: finance, active: false } }))
        .thenFails({ code: 'LEADER_INACTIVE', apiCode: 'RULE_VIOLATED', field: 'leaderId' });
    });
  });

  describe('when the leader belongs to another division', () => {
    it('is refused: the head belongs to the division', () => {
      spec
        .given([financeRegistered])
        .when(appoint(cfo, { leader: { divisionId: 'div-operations', active: true } }))
        .thenFails({ code: 'HEAD_NOT_IN_DIVISION', apiCode: 'RULE_VIOLATED', field: 'leaderId' });
    });
  });
});
