import { deciderSpec } from '@lib/testing';
import type { CommandMetadata } from '../../shared/decider';
import { aLeader, anAdmin } from '../test/org-fixtures';
import {
  ana,
  anaDeactivated,
  anaMovedToOperations,
  anaRegistered,
  operations,
} from '../test/leader-history';
import type { DeactivateLeader } from './leader.commands';
import { leaderDecider } from './leader.decider';

const spec = deciderSpec(leaderDecider);

function deactivateAna(metadata: CommandMetadata = anAdmin()): DeactivateLeader {
  return { type: 'DeactivateLeader', data: { leaderId: ana }, metadata };
}

describe('DeactivateLeader', () => {
  it('deactivates the leader, recording the division they leave', () => {
    spec
      .given([anaRegistered, anaMovedToOperations])
      .when(deactivateAna())
      .then([{ type: 'LeaderDeactivated', data: { leaderId: ana, divisionId: operations } }]);
  });

  describe('when someone other than an admin deactivates a leader', () => {
    it('is forbidden', () => {
      spec
        .given([anaRegistered])
        .when(deactivateAna(aLeader(ana)))
        .thenFails({ code: 'NOT_AN_ADMIN', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the leader is not registered', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(deactivateAna())
        .thenFails({ code: 'LEADER_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });

  describe('when the leader was already deactivated', () => {
    it('is refused: deactivation is final', () => {
      spec
        .given([anaRegistered, anaDeactivated])
        .when(deactivateAna())
        .thenFails({ code: 'LEADER_INACTIVE', apiCode: 'RULE_VIOLATED' });
    });
  });
});
