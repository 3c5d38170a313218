import { randomUUID } from 'node:crypto';
import type { FeedEventData, FeedEventType } from '@lib/contracts';
import type { DirectoryEvent } from '../directory-event';

/** Events of one stream for the directory's specs: versions count up from 1, a day apart. */
export class StreamEvents {
  private version = 0;

  constructor(
    private readonly tenantId = 'acme',
    private readonly start = Date.parse('2026-03-02T09:00:00.000Z'),
  ) {}

  next<T extends FeedEventType>(type: T, data: FeedEventData<T>): DirectoryEvent<FeedEventData<T>> {
    this.version += 1;
    const at = new Date(this.start + (this.version - 1) * 86_400_000).toISOString();
    return {
      eventId: randomUUID(),
      type,
      streamVersion: this.version,
      tenantId: this.tenantId,
      occurredAt: at,
      recordedAt: at,
      data,
    };
  }
}
