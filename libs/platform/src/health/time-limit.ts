export class TimeLimitExceededError extends Error {
  override readonly name = 'TimeLimitExceededError';
}

/**
 * Settles like `work`, or rejects once `limitMs` has passed: a probe must answer in time even
 * when a dependency accepts connections and then never replies.
 */
export async function withinTimeLimit<T>(
  work: Promise<T>,
  limitMs: number,
  description: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(new TimeLimitExceededError(`${description} did not answer within ${limitMs} ms`)),
      limitMs,
    );
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
