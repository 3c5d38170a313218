import { NotFound, RuleViolated } from '../../shared/domain-errors';
import { requireAdmin } from '../org-access';
import { requireCurrentDivision } from '../org-rules';
import type { MergeDivisions, MergeDivisionsFacts } from './division.commands';
import type { DivisionsMerged } from './division.events';
import type { DivisionState } from './division.state';
import { requireNotMergedAway } from './division-rules';

/**
 * Decided on the target's stream, the only stream the merge is written to: the sources' streams
 * stay as they were, and the org read model marks them merged away from this event.
 */
export function mergeDivisions(command: MergeDivisions, state: DivisionState): DivisionsMerged {
  requireAdmin(command);
  const { targetId, sourceIds, effectiveAt, facts } = command.data;
  if (state.status === 'unregistered') {
    throw new NotFound('DIVISION_NOT_FOUND', `Division ${targetId} does not exist.`, 'targetId');
  }
  requireNotMergedAway(facts.targetMergedAway, targetId, 'targetId');
  requireSources(sourceIds, targetId, facts.sources);
  return { type: 'DivisionsMerged', data: { sourceIds, targetId, effectiveAt } };
}

function requireSources(
  sourceIds: readonly string[],
  targetId: string,
  standings: MergeDivisionsFacts['sources'],
): void {
  if (sourceIds.length === 0) {
    throw new RuleViolated('NO_SOURCE_DIVISIONS', 'Name a division to merge.', 'sourceIds');
  }
  if (new Set(sourceIds).size !== sourceIds.length) {
    throw new RuleViolated('DUPLICATE_SOURCE_DIVISIONS', 'Name each division once.', 'sourceIds');
  }
  if (sourceIds.includes(targetId)) {
    throw new RuleViolated('SOURCE_IS_TARGET', 'A division cannot merge into itself.', 'sourceIds');
  }
  for (const sourceId of sourceIds) {
    // Own keys only: an id such as `constructor` must not find Object.prototype's.
    const standing = Object.hasOwn(standings, sourceId) ? standings[sourceId] : 'unknown';
    requireCurrentDivision(standing, sourceId, 'sourceIds');
  }
}
