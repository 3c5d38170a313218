import { deciderSpec } from '@lib/testing';
import type { CommandMetadata } from '../../shared/decider';
import { h1, h1Closed, h1Locked, h1Opened } from '../test/calendar-history';
import { aLeader, anAdmin, anExecutive } from '../test/org-fixtures';
import type { CloseCycle, LockCycle } from './planning-calendar.commands';
import { planningCalendarDecider } from './planning-calendar.decider';

const spec = deciderSpec(planningCalendarDecider);

function lock(cycleId = h1.cycleId, metadata: CommandMetadata = anExecutive()): LockCycle {
  return { type: 'LockCycle', data: { cycleId }, metadata };
}

function close(cycleId = h1.cycleId, metadata: CommandMetadata = anExecutive()): CloseCycle {
  return { type: 'CloseCycle', data: { cycleId }, metadata };
}

describe('LockCycle', () => {
  it('locks an open cycle, freezing its rankings', () => {
    spec.given([h1Opened]).when(lock()).then([h1Locked]);
  });

  describe('when an admin locks it', () => {
    it('locks', () => {
      spec.given([h1Opened]).when(lock(h1.cycleId, anAdmin())).then([h1Locked]);
    });
  });

  describe('when neither an admin nor an executive locks it', () => {
    it('is forbidden', () => {
      spec
        .given([h1Opened])
        .when(lock(h1.cycleId, aLeader('leader-ana')))
        .thenFails({ code: 'NOT_ADMIN_OR_EXECUTIVE', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when there is no such cycle', () => {
    it('is not found', () => {
      spec
        .given([h1Opened])
        .when(lock('fy25-h2'))
        .thenFails({ code: 'CYCLE_NOT_FOUND', apiCode: 'NOT_FOUND', field: 'cycleId' });
    });
  });

  describe('when the cycle is already locked', () => {
    it('is refused', () => {
      spec
        .given([h1Opened, h1Locked])
        .when(lock())
        .thenFails({ code: 'CYCLE_ALREADY_LOCKED', apiCode: 'RULE_VIOLATED', field: 'cycleId' });
    });
  });

  describe('when the cycle is closed', () => {
    it('is refused', () => {
      spec
        .given([h1Opened, h1Locked, h1Closed])
        .when(lock())
        .thenFails({ code: 'CYCLE_ALREADY_CLOSED', apiCode: 'RULE_VIOLATED', field: 'cycleId' });
    });
  });
});

describe('CloseCycle', () => {
  it('closes a locked cycle', () => {
    spec.given([h1Opened, h1Locked]).when(close()).then([h1Closed]);
  });

  describe('when an admin closes it', () => {
    it('closes', () => {
      spec.given([h1Opened, h1Locked]).when(close(h1.cycleId, anAdmin())).then([h1Closed]);
    });
  });

  describe('when neither an admin nor an executive closes it', () => {
    it('is forbidden', () => {
      spec
        .given([h1Opened, h1Locked])
        .when(close(h1.cycleId, aLeader('leader-ana')))
        .thenFails({ code: 'NOT_ADMIN_OR_EXECUTIVE', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when there is no such cycle', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(close())
        .thenFails({ code: 'CYCLE_NOT_FOUND', apiCode: 'NOT_FOUND', field: 'cycleId' });
    });
  });

  describe('when the cycle is still open', () => {
    it('is refused: a cycle is locked before it closes', () => {
      spec
        .given([h1Opened])
        .when(close())
        .thenFails({ code: 'CYCLE_NOT_LOCKED', apiCode: 'RULE_VIOLATED', field: 'cycleId' });
    });
  });

  describe('when the cycle is already closed', () => {
    it('is refused', () => {
      spec
        .given([h1Opened, h1Locked, h1Closed])
        .when(close())
        .thenFails({ code: 'CYCLE_ALREADY_CLOSED', apiCode: 'RULE_VIOLATED', field: 'cycleId' });
    });
  });
});
