import {
  currentDivision,
  type DirectoryEvent,
  type DirectoryEventOf,
  type DivisionMerges,
} from '../directory-rows';

/** A leader as portals list them: where they work now, whether active, capacity and focus. */
export type LeaderRow = Readonly<{
  tenantId: string;
  leaderId: string;
  name: string;
  level: string;
  managerId: string | null;
  /** The division now: a merged one answers as the division that absorbed it. */
  divisionId: string;
  /** The division as the org last recorded it, before any merge. */
  recordedDivisionId: string;
  status: 'active' | 'inactive';
  /** Open requests the leader declared they can carry; null until they declare. */
  maxOpen: number | null;
  focusCycleId: string | null;
  focusThemeIds: readonly string[];
  registeredAt: string;
  version: number;
}>;

/**
 * Folds one event of a leader's stream into the leader's row. Events of one stream arrive in
 * order; one already folded (its version not after the row's) changes nothing, so a replay is safe.
 */
export function evolveLeader(
  row: LeaderRow | null,
  event: DirectoryEvent,
  merges: DivisionMerges,
): LeaderRow | null {
  if (event.type === 'LeaderRegistered') return registered(row, event as never, merges);
  if (!row || event.streamVersion <= row.version) return row;
  const next = { ...row, version: event.streamVersion };
  switch (event.type) {
    case 'LeaderDivisionChanged': {
      const { to } = (event as DirectoryEventOf<'LeaderDivisionChanged'>).data;
      return { ...next, recordedDivisionId: to, divisionId: currentDivision(to, merges) };
    }
    case 'LeaderCapacityDeclared':
      return {
        ...next,
        maxOpen: (event as DirectoryEventOf<'LeaderCapacityDeclared'>).data.maxOpen,
      };
    case 'LeaderDeactivated':
      return { ...next, status: 'inactive' };
    case 'FocusAreasShared': {
      const { cycleId, themeIds } = (event as DirectoryEventOf<'FocusAreasShared'>).data;
      return { ...next, focusCycleId: cycleId, focusThemeIds: [...themeIds].sort() };
    }
    default:
      return row;
  }
}

function registered(
  row: LeaderRow | null,
  event: DirectoryEventOf<'LeaderRegistered'>,
  merges: DivisionMerges,
): LeaderRow | null {
  if (row && event.streamVersion <= row.version) return row;
  const { leaderId, divisionId, managerId, name, level } = event.data;
  return {
    tenantId: event.tenantId,
    leaderId,
    name,
    level,
    managerId: managerId ?? null,
    divisionId: currentDivision(divisionId, merges),
    recordedDivisionId: divisionId,
    status: 'active',
    maxOpen: null,
    focusCycleId: null,
    focusThemeIds: [],
    registeredAt: event.occurredAt,
    version: event.streamVersion,
  };
}

/** The leader after a merge was learnt: placed in the division their recorded one now answers as. */
export function remappedLeader(row: LeaderRow, merges: DivisionMerges): LeaderRow {
  return { ...row, divisionId: currentDivision(row.recordedDivisionId, merges) };
}
