/** A one-line reason for a health response; Node reports some refused connections as an
 * AggregateError with an empty message (one error per address tried). */
export function failureMessage(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.map(failureMessage).join('; ');
  }
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
