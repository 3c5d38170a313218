import { randomUUID } from 'node:crypto';
import {
  type EventEnvelope,
  type FeedEventData,
  type FeedEventType,
  findEventDefinition,
} from '@lib/contracts';

/** Feed events of one tenant for the directory's specs, each stream's versions counted up from 1. */
export class DirectoryEnvelopes {
  private readonly versions = new Map<string, number>();
  private clock = Date.parse('2026-03-02T09:00:00.000Z');

  constructor(readonly tenantId: string) {}

  event<T extends FeedEventType>(
    streamId: string,
    type: T,
    data: FeedEventData<T>,
  ): EventEnvelope<T, FeedEventData<T>> {
    const version = (this.versions.get(streamId) ?? 0) + 1;
    this.versions.set(streamId, version);
    this.clock += 60_000;
    const at = new Date(this.clock).toISOString();
    const id = randomUUID();
    return {
      eventId: id,
      type,
      schemaVersion: findEventDefinition(type).schemaVersion,
      streamId: `${streamId}:${this.tenantId}`,
      streamVersion: version,
      data,
      metadata: {
        tenantId: this.tenantId,
        actorId: 'admin',
        correlationId: id,
        causationId: id,
        commandId: id,
        occurredAt: at,
        recordedAt: at,
      },
    };
  }
}
