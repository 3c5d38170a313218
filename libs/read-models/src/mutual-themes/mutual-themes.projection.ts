import type { DirectoryEvent, DirectoryEventOf } from '../directory-rows';

export type MutualThemeStatus = 'proposed' | 'confirmed';

/** A shared theme, or set of shared projects, two leaders of different divisions work on. */
export type MutualThemeRow = Readonly<{
  tenantId: string;
  mutualThemeId: string;
  proposerId: string;
  proposerDivId: string;
  partnerId: string;
  partnerDivId: string;
  themeId: string | null;
  projectIds: readonly string[];
  /** Soft warnings it was proposed with (e.g. SAME_DIVISION). */
  warnings: readonly string[];
  status: MutualThemeStatus;
  proposedAt: string;
  confirmedAt: string | null;
  version: number;
}>;

/** Folds one event of a proposal's stream (in order; one already folded changes nothing). */
export function evolveMutualTheme(
  row: MutualThemeRow | null,
  event: DirectoryEvent,
): MutualThemeRow | null {
  if (event.type === 'MutualThemeProposed')
    return row ?? proposed(event as DirectoryEventOf<'MutualThemeProposed'>);
  if (event.type !== 'MutualThemeConfirmed' || !row || event.streamVersion <= row.version)
    return row;
  return {
    ...row,
    status: 'confirmed',
    confirmedAt: event.occurredAt,
    version: event.streamVersion,
  };
}

function proposed(event: DirectoryEventOf<'MutualThemeProposed'>): MutualThemeRow {
  const d = event.data;
  return {
    tenantId: event.tenantId,
    mutualThemeId: d.mutualThemeId,
    proposerId: d.leaderIds[0],
    proposerDivId: d.leaderDivIds[0],
    partnerId: d.leaderIds[1],
    partnerDivId: d.leaderDivIds[1],
    themeId: 'themeId' in d ? d.themeId : null,
    projectIds: 'projectIds' in d ? [...d.projectIds].sort() : [],
    warnings: [...d.warnings].sort(),
    status: 'proposed',
    proposedAt: event.occurredAt,
    confirmedAt: null,
    version: event.streamVersion,
  };
}
