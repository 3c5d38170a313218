import { DEFAULT_SCORING_RULES, type ScoringRules } from '@lib/domain';
import type { EventEnvelope } from '@lib/contracts';
import { alignmentInputChange } from '../division-pair-alignment/alignment-inputs';
import { deriveRerank } from './alignment-drift.derive';
import { cyclesReached, reachOf, reranksReached } from './alignment-reach';
import type { AlignmentStore } from './alignment.store';
import { deriveCycleAlignment } from './company-alignment.derive';

/**
 * Folds one event into the alignment read models: stores its input, then derives again, from the
 * stored inputs alone, every row that input can change (alignment-reach.ts). No clock is read:
 * the only times are the events' own.
 */
export async function projectAlignmentEvent(
  store: AlignmentStore,
  event: EventEnvelope,
  rules: ScoringRules = DEFAULT_SCORING_RULES,
): Promise<void> {
  const change = alignmentInputChange(event);
  if (!change) return;
  await store.record(change);
  const reach = reachOf(change);
  const cycleIds =
    'cycleId' in reach.cycles
      ? [reach.cycles.cycleId]
      : cyclesReached(await store.cycleIndex(reach.tenantId), reach.cycles.from);
  if (cycleIds.length === 0) return;
  const inputs = await store.inputs(reach.tenantId, cycleIds);
  for (const cycleId of cycleIds) {
    await store.saveCycle(deriveCycleAlignment(inputs, cycleId, rules));
  }
  for (const ranking of reranksReached(inputs, reach)) {
    await store.saveRerank(deriveRerank(inputs, ranking, rules));
  }
}
