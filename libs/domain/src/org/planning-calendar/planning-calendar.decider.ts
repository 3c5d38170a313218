import type { Decider } from '../../shared/decider';
import { Conflict, NotFound, RuleViolated } from '../../shared/domain-errors';
import { exhaustive } from '../../shared/exhaustive';
import { streamId } from '../../shared/stream-id';
import { instant } from '../../shared/time';
import { requireAdminOrExecutive } from '../org-access';
import type {
  CloseCycle,
  LockCycle,
  OpenCycle,
  PlanningCalendarCommand,
} from './planning-calendar.commands';
import type {
  CycleClosed,
  CycleLocked,
  CycleOpened,
  PlanningCalendarEvent,
} from './planning-calendar.events';
import type { CycleStatus, PlanningCalendarState, PlanningCycle } from './planning-calendar.state';

/** The contract's PlanningCycle aggregate: every cycle of a tenant lives in this one stream. */
export function planningCalendarStream(tenantId: string): string {
  return streamId('planning-calendar', tenantId, 'cycles');
}

export const planningCalendarDecider: Decider<
  PlanningCalendarState,
  PlanningCalendarCommand,
  PlanningCalendarEvent
> = {
  name: 'PlanningCalendar',
  initialState: () => ({ cycles: [] }),
  decide(command, state) {
    switch (command.type) {
      case 'OpenCycle':
        return [openCycle(command, state)];
      case 'LockCycle':
        return [lockCycle(command, state)];
      case 'CloseCycle':
        return [closeCycle(command, state)];
      default:
        return exhaustive(command);
    }
  },
  evolve,
};

function openCycle(command: OpenCycle, state: PlanningCalendarState): CycleOpened {
  requireAdminOrExecutive(command);
  const { cycleId, startsAt, endsAt } = command.data;
  if (state.cycles.some((cycle) => cycle.cycleId === cycleId)) {
    throw new Conflict('CYCLE_ALREADY_EXISTS', `Cycle ${cycleId} already exists.`, 'cycleId');
  }
  // Written as "not before" so that an unreadable date is refused too.
  if (!(instant(startsAt) < instant(endsAt))) {
    throw new RuleViolated('CYCLE_ENDS_BEFORE_IT_STARTS', 'endsAt must follow startsAt.', 'endsAt');
  }
  const overlapped = state.cycles.find((cycle) => overlaps(cycle, startsAt, endsAt));
  if (overlapped) {
    throw new RuleViolated(
      'CYCLES_OVERLAP',
      `The period overlaps cycle ${overlapped.cycleId}; a tenant's cycles never overlap.`,
      'startsAt',
    );
  }
  return { type: 'CycleOpened', data: { cycleId, startsAt, endsAt } };
}

function lockCycle(command: LockCycle, state: PlanningCalendarState): CycleLocked {
  requireAdminOrExecutive(command);
  const { cycleId, startsAt, endsAt } = cycleAllowing(state, command.data.cycleId, {
    open: null,
    locked: 'CYCLE_ALREADY_LOCKED',
    closed: 'CYCLE_ALREADY_CLOSED',
  });
  return { type: 'CycleLocked', data: { cycleId, startsAt, endsAt } };
}

function closeCycle(command: CloseCycle, state: PlanningCalendarState): CycleClosed {
  requireAdminOrExecutive(command);
  const { cycleId, startsAt, endsAt } = cycleAllowing(state, command.data.cycleId, {
    open: 'CYCLE_NOT_LOCKED',
    locked: null,
    closed: 'CYCLE_ALREADY_CLOSED',
  });
  return { type: 'CycleClosed', data: { cycleId, startsAt, endsAt } };
}

/** Periods are half-open, [startsAt, endsAt): one cycle may start the instant the last one ends. */
function overlaps(cycle: PlanningCycle, startsAt: string, endsAt: string): boolean {
  return instant(startsAt) < instant(cycle.endsAt) && instant(cycle.startsAt) < instant(endsAt);
}

/**
 * One step of open → locked → closed: for each status the cycle may be in, the rule code that
 * refuses the step, or null where the step is allowed. Typed per status, so none is forgotten.
 */
type StepRefusals = Readonly<Record<CycleStatus, string | null>>;

function cycleAllowing(
  state: PlanningCalendarState,
  cycleId: string,
  refusals: StepRefusals,
): PlanningCycle {
  const cycle = state.cycles.find((candidate) => candidate.cycleId === cycleId);
  if (!cycle) throw new NotFound('CYCLE_NOT_FOUND', `No cycle ${cycleId}.`, 'cycleId');
  const refusal = refusals[cycle.status];
  if (refusal !== null) {
    throw new RuleViolated(refusal, `Cycle ${cycleId} is ${cycle.status}.`, 'cycleId');
  }
  return cycle;
}

function evolve(state: PlanningCalendarState, event: PlanningCalendarEvent): PlanningCalendarState {
  switch (event.type) {
    case 'CycleOpened':
      return state.cycles.some((cycle) => cycle.cycleId === event.data.cycleId)
        ? state
        : { cycles: [...state.cycles, { ...event.data, status: 'open' }] };
    case 'CycleLocked':
      return withStatus(state, event.data.cycleId, 'locked');
    case 'CycleClosed':
      return withStatus(state, event.data.cycleId, 'closed');
    default:
      return state;
  }
}

function withStatus(
  state: PlanningCalendarState,
  cycleId: string,
  status: CycleStatus,
): PlanningCalendarState {
  return {
    cycles: state.cycles.map((cycle) => (cycle.cycleId === cycleId ? { ...cycle, status } : cycle)),
  };
}
