import { randomUUID } from 'node:crypto';
import {
  type FeedEventData,
  type FeedEventType,
  findEventDefinition,
  prefixTopic,
  toCloudEventMessage,
  Topics,
} from '@lib/contracts';
import { CommandRejected } from '@lib/command-transport';
import { OrgDirectory } from '@lib/read-models';
import { eventually } from '@lib/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import type { Pool } from 'pg';

// The world a peer-service test runs in: leaders and projects published on the org and strategy
// topics as their owning services would, so the peer service learns of them through its feeds.

export type Published = { streamId: string; type: FeedEventType; data: unknown };

const event = <T extends FeedEventType>(
  streamId: string,
  type: T,
  data: FeedEventData<T>,
): Published => ({ streamId, type, data });

/** Divisions finance, ops and legal; ana (finance) and ben (ops) share the focus theme growth. */
export function orgOf(tenant: string): Published[] {
  const leader = (leaderId: string, divisionId: string, themeIds: string[]) => [
    event(`leader:${tenant}:${leaderId}`, 'LeaderRegistered', {
      leaderId,
      divisionId,
      name: leaderId,
      level: 'senior',
    }),
    ...(themeIds.length === 0
      ? []
      : [
          event(`leader:${tenant}:${leaderId}`, 'FocusAreasShared', {
            leaderId,
            divisionId,
            cycleId: 'fy26-h1',
            themeIds,
          }),
        ]),
  ];
  return [
    ...['finance', 'ops', 'legal'].map((divisionId) =>
      event(`division:${tenant}:${divisionId}`, 'DivisionRegistered', {
        divisionId,
        name: divisionId,
      }),
    ),
    ...leader('ana', 'finance', ['growth']),
    ...leader('ben', 'ops', ['growth']),
    ...leader('cho', 'legal', ['cost']),
    ...leader('dan', 'ops', []),
    ...leader('eve', 'finance', []),
  ];
}

/** Project apollo: owned by ana, run by finance (so eve, in finance too, is on its team). */
export function strategyOf(tenant: string): Published[] {
  return [
    event(`strategic-project:${tenant}:apollo`, 'StrategicProjectRegistered', {
      projectId: 'apollo',
      name: 'Apollo',
      ownerId: 'ana',
      homeDivId: 'finance',
      themeIds: ['growth'],
      tier: 'T1',
      startAt: '2026-01-01T00:00:00Z',
      targetAt: '2026-12-31T00:00:00Z',
    }),
  ];
}

/** A support need of apollo (home finance), addressed to a division, as the strategy service publishes it. */
export function apolloSupportNeed(
  tenant: string,
  need: { needId: string; supportingDivId: string; keyContactId?: string },
): Published {
  return event(`support-need:${tenant}:${need.needId}`, 'SupportNeedDeclared', {
    ...need,
    projectId: 'apollo',
    homeDivId: 'finance',
    capacity: 2,
    neededBy: '2026-11-30T00:00:00Z',
    criticality: 'blocking',
  });
}

export function apolloSupportNeedWithdrawn(
  tenant: string,
  need: { needId: string; supportingDivId: string },
): Published {
  return event(`support-need:${tenant}:${need.needId}`, 'SupportNeedWithdrawn', {
    ...need,
    projectId: 'apollo',
  });
}

export const LEADERS = ['ana', 'ben', 'cho', 'dan', 'eve'];

export class FeedPublisher {
  private readonly producer: Producer;

  constructor(
    brokers: string[],
    private readonly topicPrefix: string,
  ) {
    this.producer = new Kafka({ brokers, logLevel: logLevel.NOTHING }).producer();
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  async publish(tenantId: string, events: Published[]): Promise<void> {
    for (const topic of [Topics.org, Topics.strategy]) {
      const versions = new Map<string, number>();
      const messages = events
        .filter((e) => findEventDefinition(e.type)?.topic === topic)
        .map((e) => {
          versions.set(e.streamId, (versions.get(e.streamId) ?? 0) + 1);
          return toCloudEventMessage(
            envelope(tenantId, e, versions.get(e.streamId)!),
            source(topic),
          );
        });
      if (messages.length > 0) {
        await this.producer.send({ topic: prefixTopic(this.topicPrefix, topic), messages });
      }
    }
  }
}

function envelope(tenantId: string, { streamId, type, data }: Published, streamVersion: number) {
  const commandId = randomUUID();
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: findEventDefinition(type)!.schemaVersion,
    streamId,
    streamVersion,
    data,
    metadata: {
      tenantId,
      actorId: 'admin-1',
      correlationId: commandId,
      causationId: commandId,
      commandId,
      occurredAt: new Date().toISOString(),
    },
  };
}

const source = (topic: string) => (topic === Topics.org ? 'org-service' : 'strategy-service');

/** Publishes a tenant's org and projects, and waits until the peer service's copies hold them. */
export async function seedTenant(publisher: FeedPublisher, pool: Pool, tenant: string) {
  await publisher.publish(tenant, [...orgOf(tenant), ...strategyOf(tenant)]);
  const directory = new OrgDirectory(pool, 'peer');
  await eventually(
    async () => {
      for (const leader of LEADERS) {
        expect(await directory.leader(tenant, leader)).toBeDefined();
      }
      expect((await directory.leader(tenant, 'ben'))?.focusThemeIds).toEqual(['growth']);
      const { rows } = await pool.query(
        'SELECT 1 FROM peer.peer_projects WHERE tenant_id = $1 AND project_id = $2',
        [tenant, 'apollo'],
      );
      expect(rows).toHaveLength(1);
    },
    { timeoutMs: 45_000, intervalMs: 200 },
  );
}

/** The API error a refused command answered with; fails the test if it was accepted. */
export function rejection(attempt: Promise<unknown>) {
  return attempt.then(
    () => {
      throw new Error('the command was accepted');
    },
    (error: unknown) => {
      if (!(error instanceof CommandRejected)) throw error;
      return error.error;
    },
  );
}

/** An ISO instant this many seconds from now. */
export const secondsFromNow = (seconds: number) =>
  new Date(Date.now() + seconds * 1000).toISOString();
export const daysFromNow = (days: number) => secondsFromNow(days * 24 * 60 * 60);

/** Ana asks Ben, of another division, for a review answered by `respondBy` and done by `dueAt`. */
export const reviewRequest = (respondBy: string, dueAt: string) => ({
  requestId: randomUUID(),
  requesterId: 'ana',
  recipientId: 'ben',
  kind: 'review',
  topic: 'Review of the hiring plan',
  effort: 'S',
  respondBy,
  dueAt,
});
