import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../src/event-store';

/** A new event with the metadata every stored event carries. */
export function newEvent(
  type = 'PeerRequestAccepted',
  data: unknown = { n: 1 },
  tenantId = 'tenant-a',
): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    data,
    metadata: {
      tenantId,
      actorId: 'leader-1',
      correlationId: 'correlation-1',
      causationId: 'command-1',
      commandId: `command-${randomUUID()}`,
      occurredAt: '2026-03-01T09:00:00.000Z',
    },
  };
}

/** A schema of its own for each test file, so files running in parallel never share streams. */
export function uniqueSchema(prefix: string): string {
  return `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}
