import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@lib/contracts';

/** An org event as the org service publishes it, with a fresh id. */
export function orgEvent(
  type: string,
  streamId: string,
  data: unknown,
  tenantId: string,
): EventEnvelope {
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: type === 'LeaderRegistered' ? 2 : 1,
    streamId,
    streamVersion: 1,
    data,
    metadata: {
      tenantId,
      actorId: 'admin-1',
      correlationId: 'c-1',
      causationId: 'c-1',
      commandId: 'c-1',
      occurredAt: '2026-01-05T09:00:00.000Z',
    },
  };
}
