const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds since the epoch of an ISO date-time; times travel as strings so events stay JSON. */
export function instant(isoDateTime: string): number {
  return Date.parse(isoDateTime);
}

export function addDays(isoDateTime: string, days: number): string {
  return new Date(instant(isoDateTime) + days * DAY_MS).toISOString();
}

export function daysBetween(fromIso: string, toIso: string): number {
  return (instant(toIso) - instant(fromIso)) / DAY_MS;
}
