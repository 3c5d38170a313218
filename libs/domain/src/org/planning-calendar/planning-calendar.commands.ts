import type { Command } from '../../shared/decider';

// The tenant (command metadata) picks the calendar; `cycleId` picks the cycle in it.

export type OpenCycle = Command<'OpenCycle', { cycleId: string; startsAt: string; endsAt: string }>;
export type LockCycle = Command<'LockCycle', { cycleId: string }>;
export type CloseCycle = Command<'CloseCycle', { cycleId: string }>;

export type PlanningCalendarCommand = OpenCycle | LockCycle | CloseCycle;
