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
import type { DeclareCapacity } from './leader.commands';
import { leaderDecider } from './leader.decider';

const spec = deciderSpec(leaderDecider);

function declare(maxOpen: number, metadata: CommandMetadata = aLeader(ana)): DeclareCapacity {
  return { type: 'DeclareCapacity', data: { leaderId: ana, maxOpen }, metadata };
}

describe('DeclareCapacity', () => {
  it("records how many open requests the leader can carry, with the leader's division", () => {
    spec
      .given([anaRegistered, anaMovedToOperations])
      .when(declare(6))
      .then([
        {
          type: 'LeaderCapacityDeclared',
          data: { leaderId: ana, divisionId: operations, maxOpen: 6 },
        },
      ]);
  });

  it.each([1, 20])('accepts %i, a bound of the range', (maxOpen) => {
    const [event] = spec.given([anaRegistered]).when(declare(maxOpen)).thenEvents();
    expect(event.data).toMatchObject({ maxOpen });
  });

  describe.each([0, 21, 2.5])('when the capacity is %p', (maxOpen) => {
    it('is refused: capacity is a whole number from 1 to 20', () => {
      spec
        .given([anaRegistered])
        .when(declare(maxOpen))
        .thenFails({ code: 'CAPACITY_OUT_OF_RANGE', apiCode: 'RULE_VIOLATED', field: 'maxOpen' });
    });
  });

  describe('when someone declares it for another leader', () => {
    it('is forbidden, even for an admin', () => {
      spec
        .given([anaRegistered])
        .when(declare(6, anAdmin()))
        .thenFails({ code: 'NOT_THE_LEADER', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the leader is not registered', () => {
    it('is not found', () => {
      spec.given([]).when(declare(6)).thenFails({ code: 'LEADER_NOT_FOUND', apiCode: 'NOT_FOUND' });
    });
  });

  describe('when the leader was deactivated', () => {
    it('is refused', () => {
      spec
        .given([anaRegistered, anaDeactivated])
        .when(declare(6))
        .thenFails({ code: 'LEADER_INACTIVE', apiCode: 'RULE_VIOLATED' });
    });
  });
});
