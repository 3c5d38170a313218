import { deciderSpec } from '@lib/testing';
import type { CommandMetadata } from '../../shared/decider';
import { aLeader, anAdmin } from '../test/org-fixtures';
import {
  ana,
  anaDeactivated,
  anaMovedToOperations,
  anaRegistered,
  finance,
  operations,
} from '../test/leader-history';
import type { ChangeLeaderDivision } from './leader.commands';
import { leaderDecider } from './leader.decider';

const spec = deciderSpec(leaderDecider);

function moveAna(
  data: Partial<ChangeLeaderDivision['data']> = {},
  metadata: CommandMetadata = anAdmin(),
): ChangeLeaderDivision {
  return {
    type: 'ChangeLeaderDivision',
    data: {
      leaderId: ana,
      toDivisionId: operations,
      effectiveAt: anaMovedToOperations.data.effectiveAt,
      facts: { toDivision: 'active' },
      ...data,
    },
    metadata,
  };
}

describe('ChangeLeaderDivision', () => {
  it('moves the leader, recording the division they leave and when the move takes effect', () => {
    spec.given([anaRegistered]).when(moveAna()).then([anaMovedToOperations]);
  });

  describe('when the leader has moved before', () => {
    it('leaves the division they moved to', () => {
      spec
        .given([anaRegistered, anaMovedToOperations])
        .when(moveAna({ toDivisionId: finance }))
        .then([
          {
            type: 'LeaderDivisionChanged',
            data: {
              leaderId: ana,
              from: operations,
              to: finance,
              effectiveAt: anaMovedToOperations.data.effectiveAt,
            },
          },
        ]);
    });
  });

  describe('when someone other than an admin moves a leader', () => {
    it('is forbidden, even for the leader themself', () => {
      spec
        .given([anaRegistered])
        .when(moveAna({}, aLeader(ana)))
        .thenFails({ code: 'NOT_AN_ADMIN', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the leader is not registered', () => {
    it('is not found', () => {
      spec.given([]).when(moveAna()).thenFails({ code: 'LEADER_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });

  describe('when the leader was deactivated', () => {
    it('is refused', () => {
      spec
        .given([anaRegistered, anaDeactivated])
        .when(moveAna())
        .thenFails({ code: 'LEADER_INACTIVE', apiCode: 'RULE_VIOLATED' });
    });
  });

  describe('when the leader already belongs to that division', () => {
    it('is refused', () => {
      spec
        .given([anaRegistered])
        .when(moveAna({ toDivisionId: finance }))
        .thenFails({
          code: 'ALREADY_IN_DIVISION',
          apiCode: 'RULE_VIOLATED',
          field: 'toDivisionId',
        });
    });
  });

  describe('when the target division does not exist', () => {
    it('is not found', () => {
      spec
        .given([anaRegistered])
        .when(moveAna({ facts: { toDivision: 'unknown' } }))
        .thenFails({ code: 'DIVISION_NOT_FOUND', apiCode: 'NOT_FOUND', field: 'toDivisionId' });
    });
  });

  describe('when the target division was merged into another', () => {
    it('is refused', () => {
      spec
        .given([anaRegistered])
        .when(moveAna({ facts: { toDivision: 'merged_away' } }))
        .thenFails({
          code: 'DIVISION_MERGED_AWAY',
          apiCode: 'RULE_VIOLATED',
          field: 'toDivisionId',
        });
    });
  });
});
