import { h1, h1Locked, h1Opened } from '../test/calendar-history';
import { unknownEvent } from '../test/org-fixtures';
import type { PlanningCalendarEvent } from './planning-calendar.events';
import { planningCalendarDecider, planningCalendarStream } from './planning-calendar.decider';

const replay = (events: readonly PlanningCalendarEvent[]) =>
  events.reduce(planningCalendarDecider.evolve, planningCalendarDecider.initialState());

describe('the planning calendar stream', () => {
  it("is one per tenant, so that opening a cycle sees all the tenant's cycles", () => {
    expect(planningCalendarStream('tenant-acme')).toBe('planning-calendar:tenant-acme:cycles');
    expect(planningCalendarStream('tenant-acme')).not.toBe(planningCalendarStream('tenant-b'));
  });
});

describe('PlanningCalendar replay', () => {
  it('holds every cycle with its status', () => {
    const h2 = { cycleId: 'fy25-h2', startsAt: h1.endsAt, endsAt: '2026-01-01T00:00:00.000Z' };
    expect(replay([h1Opened, h1Locked, { type: 'CycleOpened', data: h2 }])).toEqual({
      cycles: [
        { ...h1, status: 'locked' },
        { ...h2, status: 'open' },
      ],
    });
  });

  it('passes over events it does not know', () => {
    const state = replay([h1Opened]);
    expect(planningCalendarDecider.evolve(state, unknownEvent)).toBe(state);
  });
});
