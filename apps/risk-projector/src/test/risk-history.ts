import { randomUUID } from 'node:crypto';
import type { EventEnvelope, FeedEventData, FeedEventType } from '@lib/contracts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An instant `days` after `start` (fractions allowed), ISO 8601. */
export function daysAfter(start: string, days: number): string {
  return new Date(Date.parse(start) + days * DAY_MS).toISOString();
}

/**
 * Builds the events of one tenant as the command services would publish them: each stream's
 * versions count up, every event has its own id, and recordedAt follows occurredAt.
 */
export class RiskHistory {
  readonly events: EventEnvelope[] = [];
  private readonly versions = new Map<string, number>();

  constructor(
    readonly tenantId: string,
    private readonly start: string,
  ) {}

  at(days: number): string {
    return daysAfter(this.start, days);
  }

  add<T extends FeedEventType>(
    type: T,
    streamId: string,
    data: FeedEventData<T>,
    day: number,
  ): EventEnvelope {
    const version = (this.versions.get(streamId) ?? 0) + 1;
    this.versions.set(streamId, version);
    const occurredAt = this.at(day);
    const event: EventEnvelope = {
      eventId: randomUUID(),
      type,
      schemaVersion: 1,
      streamId,
      streamVersion: version,
      data,
      metadata: {
        tenantId: this.tenantId,
        actorId: 'test',
        correlationId: randomUUID(),
        causationId: randomUUID(),
        commandId: randomUUID(),
        occurredAt,
        recordedAt: daysAfter(occurredAt, 1 / 86_400),
      },
    };
    this.events.push(event);
    return event;
  }

  leader(leaderId: string, divisionId: string, day = 0): EventEnvelope {
    return this.add(
      'LeaderRegistered',
      `leader:${leaderId}`,
      { leaderId, divisionId, name: leaderId, level: 'senior' },
      day,
    );
  }

  raise(
    requestId: string,
    from: Readonly<{ id: string; div: string }>,
    to: Readonly<{ id: string; div: string }>,
    day: number,
    extra: Partial<FeedEventData<'PeerRequestRaised'>> = {},
  ): EventEnvelope {
    return this.add(
      'PeerRequestRaised',
      `request:${requestId}`,
      {
        requestId,
        requesterId: from.id,
        requesterDivId: from.div,
        recipientId: to.id,
        recipientDivId: to.div,
        kind: 'help',
        topic: 'A request for help',
        themeIds: [],
        effort: 'M',
        respondBy: this.at(day + 3),
        dueAt: this.at(day + 14),
        warnings: [],
        ...extra,
      },
      day,
    );
  }

  fulfil(requestId: string, by: Readonly<{ id: string; div: string }>, day: number) {
    return this.add(
      'PeerRequestFulfilled',
      `request:${requestId}`,
      { requestId, recipientId: by.id, recipientDivId: by.div, summary: 'Done' },
      day,
    );
  }

  acknowledge(
    requestId: string,
    by: Readonly<{ id: string; div: string }>,
    helpfulness: number,
    day: number,
  ) {
    return this.add(
      'PeerRequestAcknowledged',
      `request:${requestId}`,
      { requestId, requesterId: by.id, requesterDivId: by.div, helpfulness },
      day,
    );
  }

  responseSlaBreached(requestId: string, to: Readonly<{ id: string; div: string }>, day: number) {
    return this.add(
      'PeerRequestResponseSlaBreached',
      `request:${requestId}`,
      {
        requestId,
        recipientId: to.id,
        recipientDivId: to.div,
        slaAt: this.at(day),
        ruleVersion: 1,
      },
      day,
    );
  }
}
