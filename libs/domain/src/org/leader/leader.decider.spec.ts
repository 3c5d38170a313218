import { unknownEvent } from '../test/org-fixtures';
import { anaDeactivated, anaMovedToOperations, anaRegistered } from '../test/leader-history';
import { leaderDecider, leaderStream } from './leader.decider';

describe('the Leader stream', () => {
  it("is one per leader, named with the tenant so tenants' leaders never share one", () => {
    expect(leaderStream('tenant-acme', 'leader-ana')).toBe('leader:tenant-acme:leader-ana');
  });
});

describe('Leader replay', () => {
  const replay = (events: Parameters<typeof leaderDecider.evolve>[1][]) =>
    events.reduce(leaderDecider.evolve, leaderDecider.initialState());

  it('follows the leader from division to division until deactivated', () => {
    expect(replay([anaRegistered, anaMovedToOperations, anaDeactivated])).toEqual({
      status: 'inactive',
      leaderId: 'leader-ana',
      divisionId: 'div-operations',
    });
  });

  it('passes over events it does not know', () => {
    const state = replay([anaRegistered]);
    expect(leaderDecider.evolve(state, unknownEvent)).toBe(state);
  });
});
