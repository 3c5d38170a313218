// Value rules shared by the strategy deciders. The service validates the input's shape too, but these
// limits are the domain's: the decider must refuse them even when a caller skips that validation.

export function firstDuplicate(values: readonly string[]): string | undefined {
  return values.find((value, index) => values.indexOf(value) !== index);
}

/** An amount of work in FTE-weeks: a finite number above zero. */
export function isPositiveCapacity(capacity: number): boolean {
  return Number.isFinite(capacity) && capacity > 0;
}

/** Free text that says something: not blank, and within the contract's length. */
export function isText(value: string, maxLength: number): boolean {
  return value.trim().length > 0 && value.length <= maxLength;
}

export const NOTE_MAX_LENGTH = 2000;
