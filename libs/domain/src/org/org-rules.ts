import { NotFound, RuleViolated } from '../shared/domain-errors';
import type { DivisionStanding } from './org-facts';

// Rules shared by the org aggregates.

export type TextBounds = Readonly<{ min: number; max: number }>;

/** Names of leaders, divisions and themes, as the contract bounds them. */
export const NAME_BOUNDS: TextBounds = { min: 1, max: 200 };

/**
 * Rejects text outside its bounds. Lengths count code points, as the contract's JSON Schema does,
 * so an emoji counts once in both; a blank text counts as empty, since nobody can read it.
 */
export function requireTextLength(
  value: string,
  bounds: TextBounds,
  rule: Readonly<{ code: string; field: string }>,
): void {
  const blank = value.trim().length === 0;
  const length = [...value].length;
  if ((bounds.min > 0 && blank) || length < bounds.min || length > bounds.max) {
    throw new RuleViolated(
      rule.code,
      `${rule.field} must be ${bounds.min} to ${bounds.max} characters and not blank.`,
      rule.field,
    );
  }
}

/**
 * Nothing new may point at a division that does not exist or was merged away (a leader joining it,
 * a division merging into it or merged again): its members now belong to the merge's target.
 */
export function requireCurrentDivision(
  standing: DivisionStanding,
  divisionId: string,
  field: string,
): void {
  if (standing === 'unknown') {
    throw new NotFound('DIVISION_NOT_FOUND', `Division ${divisionId} does not exist.`, field);
  }
  if (standing === 'merged_away') {
    throw new RuleViolated(
      'DIVISION_MERGED_AWAY',
      `Division ${divisionId} was merged into another division.`,
      field,
    );
  }
}
