import {
  currentDivision,
  type DirectoryEvent,
  type DirectoryEventOf,
  type DivisionMerges,
  isoInstant,
} from '../directory-rows';

export type StrategicProjectStatus = 'active' | 'closed';

/** A strategic project as portals list it: owner, division, themes, tier, dates and last status. */
export type StrategicProjectRow = Readonly<{
  tenantId: string;
  projectId: string;
  name: string;
  ownerId: string;
  /** The home division now: a merged one answers as the division that absorbed it. */
  homeDivId: string;
  recordedHomeDivId: string;
  themeIds: readonly string[];
  tier: string;
  startAt: string;
  targetAt: string;
  status: StrategicProjectStatus;
  outcome: string | null;
  rag: string | null;
  confidence: number | null;
  statusReportedAt: string | null;
  registeredAt: string;
  version: number;
}>;

/** Folds one event of a project's stream (in order; one already folded changes nothing). */
export function evolveStrategicProject(
  row: StrategicProjectRow | null,
  event: DirectoryEvent,
  merges: DivisionMerges,
): StrategicProjectRow | null {
  if (event.type === 'StrategicProjectRegistered')
    return row ?? registered(event as DirectoryEventOf<'StrategicProjectRegistered'>, merges);
  if (!row || event.streamVersion <= row.version) return row;
  const next = { ...row, version: event.streamVersion };
  switch (event.type) {
    case 'ProjectStatusReported': {
      const { rag, confidence } = (event as DirectoryEventOf<'ProjectStatusReported'>).data;
      return { ...next, rag, confidence, statusReportedAt: event.occurredAt };
    }
    case 'ProjectOwnerChanged':
      return { ...next, ownerId: (event as DirectoryEventOf<'ProjectOwnerChanged'>).data.ownerId };
    case 'ProjectClosed':
      return {
        ...next,
        status: 'closed',
        outcome: (event as DirectoryEventOf<'ProjectClosed'>).data.outcome,
      };
    default:
      return row;
  }
}

function registered(
  event: DirectoryEventOf<'StrategicProjectRegistered'>,
  merges: DivisionMerges,
): StrategicProjectRow {
  const d = event.data;
  return {
    tenantId: event.tenantId,
    projectId: d.projectId,
    name: d.name,
    ownerId: d.ownerId,
    homeDivId: currentDivision(d.homeDivId, merges),
    recordedHomeDivId: d.homeDivId,
    themeIds: [...d.themeIds].sort(),
    tier: d.tier,
    startAt: isoInstant(d.startAt),
    targetAt: isoInstant(d.targetAt),
    status: 'active',
    outcome: null,
    rag: null,
    confidence: null,
    statusReportedAt: null,
    registeredAt: event.occurredAt,
    version: event.streamVersion,
  };
}
