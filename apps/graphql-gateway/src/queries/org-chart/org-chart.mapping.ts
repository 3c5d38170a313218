import type { DivisionView, LeaderView, PlanningCycleView, ThemeView } from '@lib/read-models';
import {
  type CycleStatus,
  type Division,
  type Leader,
  type LeaderStatus,
  type PlanningCycle,
  type Theme,
} from './org-chart.type';

export const leaderOf = (row: LeaderView): Leader => ({
  leaderId: row.leaderId,
  name: row.name,
  level: row.level,
  managerId: row.managerId,
  divisionId: row.divisionId,
  status: row.status as LeaderStatus,
  maxOpenRequests: row.maxOpen,
  focusCycleId: row.focusCycleId,
  focusThemeIds: row.focusThemeIds,
});

export const divisionOf = (row: DivisionView): Division => ({
  divisionId: row.divisionId,
  name: row.name,
  headId: row.headId,
  delegateIds: row.delegateIds,
  mergedIntoId: row.mergedInto,
  mergedAt: row.mergedAt,
});

export const themeOf = (row: ThemeView): Theme => ({
  themeId: row.themeId,
  cycleId: row.cycleId,
  name: row.name,
  objectiveRef: row.objectiveRef,
});

export const cycleOf = (row: PlanningCycleView): PlanningCycle => ({
  cycleId: row.cycleId,
  status: row.status as CycleStatus,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  lockedAt: row.lockedAt,
  closedAt: row.closedAt,
});
