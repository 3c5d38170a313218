import { deciderSpec } from '@lib/testing';
import type { CommandMetadata } from '../../shared/decider';
import { h1, h1Closed, h1Locked, h1Opened } from '../test/calendar-history';
import { aLeader, anAdmin, anExecutive } from '../test/org-fixtures';
import type { OpenCycle } from './planning-calendar.commands';
import { planningCalendarDecider } from './planning-calendar.decider';

const spec = deciderSpec(planningCalendarDecider);

const h2 = { cycleId: 'fy25-h2', startsAt: h1.endsAt, endsAt: '2026-01-01T00:00:00.000Z' };

function open(
  period: OpenCycle['data'] = h2,
  metadata: CommandMetadata = anExecutive(),
): OpenCycle {
  return { type: 'OpenCycle', data: period, metadata };
}

describe('OpenCycle', () => {
  it('opens the first cycle of the tenant', () => {
    spec.given([]).when(open(h1)).then([h1Opened]);
  });

  describe('when the cycle starts the instant the previous one ends', () => {
    it('opens: periods include their start, not their end', () => {
      spec
        .given([h1Opened])
        .when(open())
        .then([{ type: 'CycleOpened', data: h2 }]);
    });
  });

  describe('when an admin opens it', () => {
    it('opens', () => {
      spec.given([]).when(open(h1, anAdmin())).then([h1Opened]);
    });
  });

  describe('when neither an admin nor an executive opens it', () => {
    it('is forbidden', () => {
      spec
        .given([])
        .when(open(h1, aLeader('leader-ana')))
        .thenFails({ code: 'NOT_ADMIN_OR_EXECUTIVE', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when a cycle with that id exists', () => {
    it('conflicts', () => {
      spec
        .given([h1Opened])
        .when(open({ ...h2, cycleId: h1.cycleId }))
        .thenFails({ code: 'CYCLE_ALREADY_EXISTS', apiCode: 'CONFLICT', field: 'cycleId' });
    });
  });

  describe.each([
    ['ends before it starts', { ...h2, endsAt: '2025-06-01T00:00:00.000Z' }],
    ['ends as it starts', { ...h2, endsAt: h2.startsAt }],
    ['has an unreadable date', { ...h2, endsAt: 'next summer' }],
  ])('when the cycle %s', (_, period) => {
    it('is refused', () => {
      spec.given([h1Opened]).when(open(period)).thenFails({
        code: 'CYCLE_ENDS_BEFORE_IT_STARTS',
        apiCode: 'RULE_VIOLATED',
        field: 'endsAt',
      });
    });
  });

  describe.each([
    ['starts inside another', { ...h2, startsAt: '2025-06-30T00:00:00.000Z' }],
    [
      'lies inside another',
      { ...h2, startsAt: '2025-02-01T00:00:00Z', endsAt: '2025-03-01T00:00:00Z' },
    ],
    ['spans another', { ...h2, startsAt: '2024-12-01T00:00:00.000Z' }],
    // 23:30 at UTC-1 is 00:30 UTC: inside H1, though the text sorts before it.
    [
      'ends inside another, in another time zone',
      { ...h2, startsAt: '2024-07-01T00:00:00Z', endsAt: '2024-12-31T23:30:00-01:00' },
    ],
  ])('when the new cycle %s', (_, period) => {
    it.each([
      ['open', [h1Opened]],
      ['locked', [h1Opened, h1Locked]],
      ['closed', [h1Opened, h1Locked, h1Closed]],
    ])('is refused while the other is %s', (__, history) => {
      spec
        .given(history)
        .when(open(period))
        .thenFails({ code: 'CYCLES_OVERLAP', apiCode: 'RULE_VIOLATED', field: 'startsAt' });
    });
  });
});
