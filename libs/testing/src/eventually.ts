export interface EventuallyOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Polls an assertion until it passes or the deadline passes, then rethrows its last failure.
 * Asynchronous outcomes are awaited this way, never with a fixed sleep.
 */
export async function eventually<T>(
  probe: () => T | Promise<T>,
  options: EventuallyOptions = {},
): Promise<T> {
  const { timeoutMs = 10_000, intervalMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() + intervalMs > deadline) throw withDeadline(error, timeoutMs);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

function withDeadline(error: unknown, timeoutMs: number): unknown {
  if (error instanceof Error)
    error.message = `still failing after ${timeoutMs} ms: ${error.message}`;
  return error;
}
