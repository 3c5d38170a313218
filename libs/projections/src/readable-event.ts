import { type EventEnvelope, findEventDefinition, validateEventData } from '@lib/contracts';
import { PoisonMessage } from './projection-runner';

/**
 * Parks at once an event a projection reads but cannot understand: an older shape it has no
 * upcaster for, or data its schema refuses. Retrying cannot make malformed data valid.
 */
export function assertReadableEvent(event: EventEnvelope, projection: string): void {
  const current = findEventDefinition(event.type)?.schemaVersion;
  if (event.schemaVersion !== current) {
    throw new PoisonMessage(
      `${event.type} v${event.schemaVersion} has no upcaster to v${current} in the ${projection} projection`,
    );
  }
  const validation = validateEventData(event.type, event.schemaVersion, event.data);
  if (!validation.ok) {
    const problems = validation.errors.map((e) => `${e.path || '/'} ${e.message}`).join('; ');
    throw new PoisonMessage(`${event.type} ${event.eventId} is malformed: ${problems}`);
  }
}
