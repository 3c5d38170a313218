import { RuleViolated } from '../../shared/domain-errors';
import type { ShareFocusAreasFacts } from './leader.commands';

export const FOCUS_AREA_BOUNDS = { min: 1, max: 5 } as const;

/**
 * A leader's focus areas are a few themes of the cycle everyone is working in now, so peers can
 * find intersections. Returns that cycle's id, which the event records.
 */
export function requireSharableFocusAreas(
  themeIds: readonly string[],
  facts: ShareFocusAreasFacts,
): string {
  if (new Set(themeIds).size !== themeIds.length) {
    throw new RuleViolated('DUPLICATE_THEMES', 'Each theme may be named once.', 'themeIds');
  }
  if (themeIds.length < FOCUS_AREA_BOUNDS.min || themeIds.length > FOCUS_AREA_BOUNDS.max) {
    throw new RuleViolated(
      'FOCUS_AREA_COUNT_OUT_OF_RANGE',
      `Share ${FOCUS_AREA_BOUNDS.min} to ${FOCUS_AREA_BOUNDS.max} themes.`,
      'themeIds',
    );
  }
  const { currentCycle } = facts;
  if (currentCycle === null) {
    throw new RuleViolated('NO_CURRENT_CYCLE', 'No planning cycle is current.');
  }
  const inactive = themeIds.filter((id) => !currentCycle.activeThemeIds.includes(id));
  if (inactive.length > 0) {
    throw new RuleViolated(
      'THEME_NOT_ACTIVE',
      `Not themes of the current cycle ${currentCycle.cycleId}: ${inactive.join(', ')}.`,
      'themeIds',
    );
  }
  return currentCycle.cycleId;
}
