import type { DirectoryEvent, DirectoryEventOf } from '../directory-rows';

/** A division with its head and ranking delegates, and where it went if it was merged away. */
export type DivisionRow = Readonly<{
  tenantId: string;
  divisionId: string;
  /** Null for a division known only from a merge whose registration has not arrived yet. */
  name: string | null;
  headId: string | null;
  delegateIds: readonly string[];
  mergedInto: string | null;
  mergedAt: string | null;
  registeredAt: string | null;
  version: number;
}>;

const unregistered = (tenantId: string, divisionId: string): DivisionRow => ({
  tenantId,
  divisionId,
  name: null,
  headId: null,
  delegateIds: [],
  mergedInto: null,
  mergedAt: null,
  registeredAt: null,
  version: 0,
});

/**
 * Folds one event of a division's own stream. A merge is written in the target's stream, so a
 * source learns of it in `mergedAway`, in any order with its own events: neither overwrites the other.
 */
export function evolveDivision(row: DivisionRow | null, event: DirectoryEvent): DivisionRow | null {
  const { divisionId } = event.data as { divisionId?: string };
  if (divisionId === undefined) return row;
  const current = row ?? unregistered(event.tenantId, divisionId);
  if (event.streamVersion <= current.version) return row;
  const next = { ...current, version: event.streamVersion };
  switch (event.type) {
    case 'DivisionRegistered':
      return {
        ...next,
        name: (event as DirectoryEventOf<'DivisionRegistered'>).data.name,
        registeredAt: event.occurredAt,
      };
    case 'DivisionHeadAppointed':
      return {
        ...next,
        headId: (event as DirectoryEventOf<'DivisionHeadAppointed'>).data.leaderId,
      };
    case 'RankingDelegated': {
      const { delegateId } = (event as DirectoryEventOf<'RankingDelegated'>).data;
      return { ...next, delegateIds: [...new Set([...next.delegateIds, delegateId])].sort() };
    }
    case 'RankingDelegateRevoked': {
      const { delegateId } = (event as DirectoryEventOf<'RankingDelegateRevoked'>).data;
      return { ...next, delegateIds: next.delegateIds.filter((id) => id !== delegateId) };
    }
    default:
      return row;
  }
}

/** A source division of a merge: it now answers as the target, from the merge's effective time. */
export function mergedAway(
  row: DivisionRow | null,
  tenantId: string,
  sourceId: string,
  merge: DirectoryEventOf<'DivisionsMerged'>['data'],
): DivisionRow {
  return {
    ...(row ?? unregistered(tenantId, sourceId)),
    mergedInto: merge.targetId,
    mergedAt: new Date(merge.effectiveAt).toISOString(),
  };
}
