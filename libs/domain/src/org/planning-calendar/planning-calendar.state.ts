type CyclePeriod = Readonly<{ cycleId: string; startsAt: string; endsAt: string }>;

/**
 * open → locked → closed. Locking freezes the divisions' portfolio rankings for the cycle; closing
 * ends it, and no theme can be defined for it any more.
 */
export type PlanningCycle =
  | (CyclePeriod & Readonly<{ status: 'open' }>)
  | (CyclePeriod & Readonly<{ status: 'locked' }>)
  | (CyclePeriod & Readonly<{ status: 'closed' }>);

export type CycleStatus = PlanningCycle['status'];

/**
 * All of a tenant's cycles, in the order they were opened. One stream per tenant, so opening a
 * cycle sees every other cycle and two overlapping cycles can never both be appended.
 */
export type PlanningCalendarState = Readonly<{ cycles: readonly PlanningCycle[] }>;
