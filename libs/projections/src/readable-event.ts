import { type EventEnvelope, findEventDefinition, validateEventData } from '@lib/contracts';
import { PoisonMessage } from './projection-runner';

/**
 * Parks at once an event a projection reads but cannot understand (a schema version it has no
 * upcaster for, or data that breaks the contract): retrying cannot make malformed data valid.
 */
export function assertReadableEvent(projectionName: string, event: EventEnvelope): void {
  const current = findEventDefinition(event.type)?.schemaVersion;
  if (event.schemaVersion !== current) {
    throw new PoisonMessage(
      `${event.type} v${event.schemaVersion} has no upcaster to v${current} in the ${projectionName} projection`,
    );
  }
  const validation = validateEventData(event.type, event.schemaVersion, event.data);
  if (!validation.ok) {
    const problems = validation.errors.map((e) => `${e.path || '/'} ${e.message}`).join('; ');
    throw new PoisonMessage(`${event.type} ${event.eventId} is malformed: ${problems}`);
  }
}
