import type { Event } from '../../shared/decider';

/** Every cycle event repeats the cycle's period, so a consumer needs no other event to place it. */
export type CycleData = { cycleId: string; startsAt: string; endsAt: string };

export type CycleOpened = Event<'CycleOpened', CycleData>;
export type CycleLocked = Event<'CycleLocked', CycleData>;
export type CycleClosed = Event<'CycleClosed', CycleData>;

export type PlanningCalendarEvent = CycleOpened | CycleLocked | CycleClosed;
