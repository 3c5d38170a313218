import { deciderSpec } from '@lib/testing';
import type { CommandMetadata } from '../../shared/decider';
import {
  ana,
  anaDelegated,
  cfo,
  cfoAppointed,
  finance,
  financeRegistered,
} from '../test/division-history';
import { aLeader, anAdmin } from '../test/org-fixtures';
import type { DelegateRanking, DelegateRankingFacts } from './division.commands';
import { divisionDecider } from './division.decider';

const spec = deciderSpec(divisionDecider);

function delegate(
  delegateId: string,
  facts: Partial<DelegateRankingFacts> = {},
  metadata: CommandMetadata = aLeader(cfo),
): DelegateRanking {
  return {
    type: 'DelegateRanking',
    data: {
      divisionId: finance,
      delegateId,
      facts: {
        divisionMergedAway: false,
        delegate: { divisionId: finance, active: true },
        ...facts,
      },
    },
    metadata,
  };
}

describe('DelegateRanking', () => {
  it("lets a member of the division rank the division's portfolio", () => {
    spec.given([financeRegistered, cfoAppointed]).when(delegate(ana)).then([anaDelegated]);
  });

  describe('when someone other than the head delegates', () => {
    it('is forbidden, even for an admin', () => {
      spec
        .given([financeRegistered, cfoAppointed])
        .when(delegate(ana, {}, anAdmin()))
        .thenFails({ code: 'NOT_THE_HEAD', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the division has no head yet', () => {
    it('is forbidden: only a head delegates', () => {
      spec
        .given([financeRegistered])
        .when(delegate(ana))
        .thenFails({ code: 'NOT_THE_HEAD', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the division is not registered', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(delegate(ana))
        .thenFails({ code: 'DIVISION_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });

  describe('when the division was merged into another', () => {
    it('is refused', () => {
      spec
        .given([financeRegistered, cfoAppointed])
        .when(delegate(ana, { divisionMergedAway: true }))
        .thenFails({ code: 'DIVISION_MERGED_AWAY', apiCode: 'RULE_VIOLATED', field: 'divisionId' });
    });
  });

  describe('when the delegate is not registered', () => {
    it('is not found', () => {
      spec
        .given([financeRegistered, cfoAppointed])
        .when(delegate(ana, { delegate: null }))
        .thenFails({ code: 'LEADER_NOT_FOUND', apiCode: 'NOT_FOUND', field: 'delegateId' });
    });
  });

  describe('when the delegate was deactivated', () => {
    it('is refused', () => {
      spec
        .given([financeRegistered, cfoAppointed])
        .when(delegate(ana, { delegate: { divisionId: finance, active: false } }))
        .thenFails({ code: 'LEADER_INACTIVE', apiCode: 'RULE_VIOLATED', field: 'delegateId' });
    });
  });

  describe('when the delegate belongs to another division', () => {
    it('is refused: the delegate belongs to the division', () => {
      spec
        .given([financeRegistered, cfoAppointed])
        .when(delegate(ana, { delegate: { divisionId: 'div-operations', active: true } }))
        .thenFails({
          code: 'DELEGATE_NOT_IN_DIVISION',
          apiCode: 'RULE_VIOLATED',
          field: 'delegateId',
        });
    });
  });

  describe('when the head names themself', () => {
    it('is refused: the head ranks already', () => {
      spec
        .given([financeRegistered, cfoAppointed])
        .when(delegate(cfo))
        .thenFails({ code: 'DELEGATE_IS_HEAD', apiCode: 'RULE_VIOLATED', field: 'delegateId' });
    });
  });

  describe('when the leader is already a delegate', () => {
    it('is refused', () => {
      spec
        .given([financeRegistered, cfoAppointed, anaDelegated])
        .when(delegate(ana))
        .thenFails({ code: 'ALREADY_A_DELEGATE', apiCode: 'RULE_VIOLATED', field: 'delegateId' });
    });
  });
});
