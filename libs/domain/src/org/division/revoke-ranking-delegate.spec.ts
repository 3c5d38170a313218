import { deciderSpec } from '@lib/testing';
import type { CommandMetadata } from '../../shared/decider';
import {
  ana,
  anaDelegated,
  bo,
  boAppointed,
  cfo,
  cfoAppointed,
  finance,
  financeRegistered,
} from '../test/division-history';
import { aLeader, anAdmin } from '../test/org-fixtures';
import type { RevokeRankingDelegate } from './division.commands';
import type { RankingDelegateRevoked } from './division.events';
import { divisionDecider } from './division.decider';

const spec = deciderSpec(divisionDecider);

function revoke(
  delegateId: string,
  metadata: CommandMetadata = aLeader(cfo),
): RevokeRankingDelegate {
  return { type: 'RevokeRankingDelegate', data: { divisionId: finance, delegateId }, metadata };
}

const anaRevoked: RankingDelegateRevoked = {
  type: 'RankingDelegateRevoked',
  data: { divisionId: finance, delegateId: ana },
};

describe('RevokeRankingDelegate', () => {
  it('withdraws the delegation', () => {
    spec
      .given([financeRegistered, cfoAppointed, anaDelegated])
      .when(revoke(ana))
      .then([anaRevoked]);
  });

  describe('when a new head took over', () => {
    it('withdraws a delegation the former head made', () => {
      spec
        .given([financeRegistered, cfoAppointed, anaDelegated, boAppointed])
        .when(revoke(ana, aLeader(bo)))
        .then([anaRevoked]);
    });
  });

  describe('when someone other than the head revokes', () => {
    it('is forbidden, even for the former head or an admin', () => {
      const history = [financeRegistered, cfoAppointed, anaDelegated, boAppointed];
      for (const metadata of [aLeader(cfo), anAdmin(), aLeader(ana)]) {
        spec
          .given(history)
          .when(revoke(ana, metadata))
          .thenFails({ code: 'NOT_THE_HEAD', apiCode: 'FORBIDDEN' });
      }
    });
  });

  describe('when the leader is not a delegate', () => {
    it('is refused, also once revoked', () => {
      spec
        .given([financeRegistered, cfoAppointed, anaDelegated, anaRevoked])
        .when(revoke(ana))
        .thenFails({ code: 'NOT_A_DELEGATE', apiCode: 'RULE_VIOLATED', field: 'delegateId' });
    });
  });

  describe('when the division is not registered', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(revoke(ana))
        .thenFails({ code: 'DIVISION_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });
});
