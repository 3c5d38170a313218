import type { DirectoryEvent, DirectoryEventOf } from '../directory-rows';
import { isoInstant } from '../directory-rows';

export type CycleStatus = 'open' | 'locked' | 'closed';

/** A planning cycle: its dates, and when it opened, locked and closed. */
export type PlanningCycleRow = Readonly<{
  tenantId: string;
  cycleId: string;
  status: CycleStatus;
  startsAt: string;
  endsAt: string;
  openedAt: string | null;
  lockedAt: string | null;
  closedAt: string | null;
}>;

/** A theme of a planning cycle, shared by every division of the tenant. */
export type ThemeRow = Readonly<{
  tenantId: string;
  themeId: string;
  cycleId: string;
  name: string;
  objectiveRef: string | null;
  definedAt: string;
}>;

const statusOf: Readonly<Record<string, CycleStatus>> = {
  CycleOpened: 'open',
  CycleLocked: 'locked',
  CycleClosed: 'closed',
};

/**
 * The cycles of a tenant share one stream, so their events arrive in order: each moves the cycle
 * to its status and records when.
 */
export function evolvePlanningCycle(
  row: PlanningCycleRow | null,
  event: DirectoryEvent,
): PlanningCycleRow | null {
  const status = statusOf[event.type];
  if (!status) return row;
  const { cycleId, startsAt, endsAt } = (event as DirectoryEventOf<'CycleOpened'>).data;
  const at = event.occurredAt;
  return {
    tenantId: event.tenantId,
    cycleId,
    status,
    startsAt: isoInstant(startsAt),
    endsAt: isoInstant(endsAt),
    openedAt: status === 'open' ? at : (row?.openedAt ?? null),
    lockedAt: status === 'locked' ? at : (row?.lockedAt ?? null),
    closedAt: status === 'closed' ? at : (row?.closedAt ?? null),
  };
}

export function themeOf(event: DirectoryEventOf<'ThemeDefined'>): ThemeRow {
  const { themeId, cycleId, name, objectiveRef } = event.data;
  return {
    tenantId: event.tenantId,
    themeId,
    cycleId,
    name,
    objectiveRef: objectiveRef ?? null,
    definedAt: event.occurredAt,
  };
}
