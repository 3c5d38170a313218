import { RuleViolated } from '../shared/domain-errors';

export type TextRule = Readonly<{ code: string; field: string; min: number; max: number }>;

/**
 * Rejects text outside the contract's bounds. Lengths count code points, as its JSON Schema does,
 * so an emoji counts once in both; blank text counts as empty, since nobody can read it.
 */
export function requireTextLength(value: string, { code, field, min, max }: TextRule): void {
  const length = [...value].length;
  const readable = [...value.trim()].length;
  if (readable < min || length > max) {
    throw new RuleViolated(code, `${field} must be ${min} to ${max} characters.`, field);
  }
}

/** Ids in an event's set field must be unique: the contract's schema rejects duplicates. */
export function requireUniqueIds(ids: readonly string[], code: string, field: string): void {
  if (new Set(ids).size !== ids.length) {
    throw new RuleViolated(code, `${field} must not repeat an id.`, field);
  }
}

/**
 * The optional fields that have a value. An event never carries an `undefined` field: it would
 * vanish in JSON, so the stored event and the one a test compares would differ.
 */
export function definedFields<T extends Record<string, unknown>>(
  fields: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
