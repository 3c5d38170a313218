// Help units summed exactly and rounded once, so a cell's total is the same whatever order its
// lines are added or taken away in: the projector keeps each division pair's total as an exact
// decimal (PostgreSQL `numeric`) and changes it by each line a batch adds or replaces, instead of
// summing every line of the pair again. Every double is a finite binary fraction, so it has an
// exact decimal expansion; units with at most FRACTION_DIGITS binary digits after the point (0.8
// has 53) are carried exactly with that many decimal digits.

export const FRACTION_DIGITS = 100;
const SCALE = 10n ** BigInt(FRACTION_DIGITS);

/** The exact value of `units` as a decimal with FRACTION_DIGITS digits after the point. */
export function exactDecimal(units: number): string {
  if (!Number.isFinite(units) || !Number.isInteger(units * 2 ** FRACTION_DIGITS))
    throw new Error(
      `units: ${units} must be finite with at most ${FRACTION_DIGITS} binary digits after the point`,
    );
  return units.toFixed(FRACTION_DIGITS);
}

/** A decimal as `exactDecimal` writes it or PostgreSQL prints a numeric, scaled to an integer. */
export function scaledOf(decimal: string): bigint {
  const negative = decimal.startsWith('-');
  const [whole, fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction) || fraction.length > FRACTION_DIGITS)
    throw new Error(`units: ${decimal} is not a decimal of at most ${FRACTION_DIGITS} digits`);
  const scaled = BigInt(whole) * SCALE + BigInt(fraction.padEnd(FRACTION_DIGITS, '0'));
  return negative ? -scaled : scaled;
}

/** A scaled sum as the decimal it stands for, FRACTION_DIGITS digits after the point. */
export function decimalOf(scaled: bigint): string {
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const whole = magnitude / SCALE;
  const fraction = (magnitude % SCALE).toString().padStart(FRACTION_DIGITS, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** The double nearest an exact scaled sum (ties to even), as parsing its decimal gives it. */
export function nearestDouble(scaled: bigint): number {
  return Number(decimalOf(scaled));
}

/** Σ units, exactly, rounded once: the same for the same values in any order. */
export function exactSum(values: Iterable<number>): number {
  let total = 0n;
  for (const value of values) total += scaledOf(exactDecimal(value));
  return nearestDouble(total);
}
