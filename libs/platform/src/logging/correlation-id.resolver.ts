import { randomUUID } from 'node:crypto';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

// A caller's id is copied into every log line and a response header, so only a short id of
// safe characters is trusted; anything else would allow log or header injection.
const TRUSTED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's correlation id when it is a usable one, otherwise a new UUID. */
export function resolveCorrelationId(header: string | readonly string[] | undefined): string {
  const candidate = Array.isArray(header) ? header[0] : header;
  return typeof candidate === 'string' && TRUSTED_ID.test(candidate) ? candidate : randomUUID();
}
