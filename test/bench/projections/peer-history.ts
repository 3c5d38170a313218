import { randomUUID } from 'node:crypto';
import {
  type EventEnvelope,
  type FeedEventData,
  type FeedEventType,
  findEventDefinition,
  validateEventData,
} from '@lib/contracts';
import { leaderStream, peerRequestStream } from '@lib/domain';

/** The organisation the history happens in: a few tenants, each of an enterprise's size. */
export interface HistoryShape {
  tenants: number;
  divisionsPerTenant: number;
  leadersPerDivision: number;
}

export const HISTORY_SHAPE: HistoryShape = {
  tenants: 4,
  divisionsPerTenant: 8,
  leadersPerDivision: 8,
};

/** What a history holds, to check a read model against once it has been consumed. */
export interface HistoryCounts {
  events: number;
  leaders: number;
  requests: number;
  byType: Record<string, number>;
}

interface Leader {
  tenantId: string;
  leaderId: string;
  divisionId: string;
}

type Outcome = 'acknowledged' | 'fulfilled' | 'accepted' | 'declined';

interface Request {
  requestId: string;
  requester: Leader;
  recipient: Leader;
  outcome: Outcome;
  raisedAt: number;
  version: number;
  suggested?: Leader;
  helpfulness: number;
}

// One request is raised every SLOT_MS, round the tenants; its later events come a fixed number of
// slots after it, so the history is in time order as it is generated and a batch of the feed mixes
// the lifecycles of a few hundred requests, as a busy feed does.
const SLOT_MS = 5 * 60 * 1000;
const DECLINED_AFTER = 30;
const ACCEPTED_AFTER = 60;
const FULFILLED_AFTER = 300;
const ACKNOWLEDGED_AFTER = 420;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const START = Date.parse('2024-01-08T08:00:00.000Z');
const EFFORTS = ['S', 'M', 'L'] as const;
const KINDS = ['input', 'help', 'review', 'intro'] as const;
const TOPICS = [
  'Review of the hiring plan for next quarter',
  'Input on the pricing change for enterprise customers',
  'Introduction to the data platform team',
  'Help with the migration of the billing service',
];

/**
 * A peer-request history of `total` events as the peer and org services publish them: every leader
 * registered first, then requests raised between leaders of a tenant and answered over the next
 * day and a half (60 % acknowledged, 20 % fulfilled, 10 % still accepted, 10 % declined, half of
 * those naming a better-placed peer). Built in chunks, so a million events never sit in memory at
 * once; every event is checked against its contract. The same seed gives the same history.
 */
export function* peerHistory(
  total: number,
  counts: HistoryCounts,
  shape: HistoryShape = HISTORY_SHAPE,
  chunkSize = 2000,
  seed = 20261125,
): Generator<EventEnvelope[]> {
  const random = mulberry32(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const feed = new FeedBuilder(counts);
  let chunk: EventEnvelope[] = [];
  const emit = (event: EventEnvelope): boolean => {
    chunk.push(event);
    return counts.events < total;
  };

  const tenants = Array.from({ length: shape.tenants }, (_, t) =>
    Array.from({ length: shape.divisionsPerTenant * shape.leadersPerDivision }, (_, l): Leader => ({
      tenantId: `bench-tenant-${t + 1}`,
      leaderId: `leader-${String(l + 1).padStart(3, '0')}`,
      divisionId: `division-${(l % shape.divisionsPerTenant) + 1}`,
    })),
  );
  for (const leader of tenants.flat()) {
    counts.leaders++;
    const registered = feed.event(
      'LeaderRegistered',
      leader.tenantId,
      leaderStream(leader.tenantId, leader.leaderId),
      1,
      START - DAY_MS,
      'org-admin',
      {
        leaderId: leader.leaderId,
        divisionId: leader.divisionId,
        name: `Leader ${leader.leaderId}`,
        level: 'senior',
      },
    );
    if (!emit(registered)) break;
  }

  // The requests raised in the last ACKNOWLEDGED_AFTER slots: all a slot's follow-ups can refer to.
  const recent: (Request | undefined)[] = new Array(ACKNOWLEDGED_AFTER + 1);
  const earlier = (slot: number, after: number) =>
    slot >= after ? recent[(slot - after) % recent.length] : undefined;
  for (let slot = 0; counts.events < total; slot++) {
    const leaders = tenants[slot % tenants.length];
    const requester = pick(leaders);
    let recipient = pick(leaders);
    while (recipient === requester) recipient = pick(leaders);
    const roll = random();
    const outcome: Outcome =
      roll < 0.6 ? 'acknowledged' : roll < 0.8 ? 'fulfilled' : roll < 0.9 ? 'accepted' : 'declined';
    const request: Request = {
      requestId: `request-${slot + 1}`,
      requester,
      recipient,
      outcome,
      raisedAt: START + slot * SLOT_MS,
      version: 0,
      helpfulness: 1 + Math.floor(random() * 5),
    };
    if (outcome === 'declined' && random() < 0.5) {
      const suggested = pick(leaders);
      if (suggested !== requester && suggested !== recipient) request.suggested = suggested;
    }
    recent[slot % recent.length] = request;
    counts.requests++;
    const ok =
      emit(feed.raised(request, pick(KINDS), pick(EFFORTS), pick(TOPICS))) &&
      followUps(feed, slot, earlier, emit);
    if (chunk.length >= chunkSize || !ok) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

function followUps(
  feed: FeedBuilder,
  slot: number,
  earlier: (slot: number, after: number) => Request | undefined,
  emit: (event: EventEnvelope) => boolean,
): boolean {
  const declined = earlier(slot, DECLINED_AFTER);
  if (declined?.outcome === 'declined' && !emit(feed.declined(declined))) return false;
  const accepted = earlier(slot, ACCEPTED_AFTER);
  if (accepted && accepted.outcome !== 'declined' && !emit(feed.accepted(accepted))) return false;
  const fulfilled = earlier(slot, FULFILLED_AFTER);
  if (
    (fulfilled?.outcome === 'fulfilled' || fulfilled?.outcome === 'acknowledged') &&
    !emit(feed.fulfilled(fulfilled))
  )
    return false;
  const acknowledged = earlier(slot, ACKNOWLEDGED_AFTER);
  if (acknowledged?.outcome === 'acknowledged' && !emit(feed.acknowledged(acknowledged)))
    return false;
  return true;
}

/** Envelopes as the event store and relay publish them: positions, versions, recordedAt. */
class FeedBuilder {
  private position = 0;

  constructor(private readonly counts: HistoryCounts) {}

  raised(
    r: Request,
    kind: (typeof KINDS)[number],
    effort: (typeof EFFORTS)[number],
    topic: string,
  ) {
    return this.next(r, 'PeerRequestRaised', 0, r.requester, {
      requestId: r.requestId,
      requesterId: r.requester.leaderId,
      requesterDivId: r.requester.divisionId,
      recipientId: r.recipient.leaderId,
      recipientDivId: r.recipient.divisionId,
      kind,
      topic,
      themeIds: [],
      effort,
      respondBy: iso(r.raisedAt + 3 * DAY_MS),
      dueAt: iso(r.raisedAt + 14 * DAY_MS),
      warnings: [],
    });
  }

  declined(r: Request) {
    return this.next(r, 'PeerRequestDeclined', DECLINED_AFTER, r.recipient, {
      requestId: r.requestId,
      recipientId: r.recipient.leaderId,
      recipientDivId: r.recipient.divisionId,
      reasonCode: r.suggested ? 'not_my_area' : 'no_capacity',
      ...(r.suggested
        ? { suggestedPeerId: r.suggested.leaderId, suggestedPeerDivId: r.suggested.divisionId }
        : {}),
    });
  }

  accepted(r: Request) {
    return this.next(r, 'PeerRequestAccepted', ACCEPTED_AFTER, r.recipient, {
      requestId: r.requestId,
      recipientId: r.recipient.leaderId,
      recipientDivId: r.recipient.divisionId,
      expectedBy: iso(r.raisedAt + 7 * DAY_MS),
    });
  }

  fulfilled(r: Request) {
    return this.next(r, 'PeerRequestFulfilled', FULFILLED_AFTER, r.recipient, {
      requestId: r.requestId,
      recipientId: r.recipient.leaderId,
      recipientDivId: r.recipient.divisionId,
      summary: 'Shared the draft with comments and walked the team through it.',
    });
  }

  acknowledged(r: Request) {
    return this.next(r, 'PeerRequestAcknowledged', ACKNOWLEDGED_AFTER, r.requester, {
      requestId: r.requestId,
      requesterId: r.requester.leaderId,
      requesterDivId: r.requester.divisionId,
      helpfulness: r.helpfulness,
    });
  }

  private next<T extends FeedEventType>(
    r: Request,
    type: T,
    slotsAfter: number,
    actor: Leader,
    data: FeedEventData<T>,
  ): EventEnvelope {
    r.version++;
    return this.event(
      type,
      r.requester.tenantId,
      peerRequestStream(r.requester.tenantId, r.requestId),
      r.version,
      r.raisedAt + slotsAfter * SLOT_MS,
      actor.leaderId,
      data,
    );
  }

  event<T extends FeedEventType>(
    type: T,
    tenantId: string,
    streamId: string,
    streamVersion: number,
    occurredAt: number,
    actorId: string,
    data: FeedEventData<T>,
  ): EventEnvelope {
    const schemaVersion = findEventDefinition(type).schemaVersion;
    const validation = validateEventData(type, schemaVersion, data);
    if (!validation.ok) {
      const problems = validation.errors.map((e) => `${e.path || '/'} ${e.message}`).join('; ');
      throw new Error(`the bench built an invalid ${type}: ${problems}`);
    }
    this.counts.events++;
    this.counts.byType[type] = (this.counts.byType[type] ?? 0) + 1;
    const commandId = randomUUID();
    return {
      eventId: randomUUID(),
      type,
      schemaVersion,
      streamId,
      streamVersion,
      globalPosition: ++this.position,
      data,
      metadata: {
        tenantId,
        actorId,
        correlationId: commandId,
        causationId: commandId,
        commandId,
        occurredAt: iso(occurredAt),
        recordedAt: iso(occurredAt + 40),
      },
    };
  }
}

export function emptyCounts(): HistoryCounts {
  return { events: 0, leaders: 0, requests: 0, byType: {} };
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** A small seeded generator: the same history in every run, so runs compare. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
