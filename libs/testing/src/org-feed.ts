import { randomUUID } from 'node:crypto';
import {
  findEventDefinition,
  toCloudEventMessage,
  type FeedEventData,
  type FeedEventType,
} from '@lib/contracts';
import { divisionStream, leaderStream, planningCalendarStream, themeStream } from '@lib/domain';
import { Kafka, logLevel, type Producer } from 'kafkajs';

type OrgFact = {
  [T in FeedEventType]: { type: T; streamId: string; data: FeedEventData<T> };
}[FeedEventType];

/**
 * Plays the org service in a command service's test: publishes org events on the (prefixed) org
 * topic as CloudEvents, as the org service's relay would, for the service's org directory to read.
 */
export class OrgFeed {
  private readonly versions = new Map<string, number>();

  private constructor(
    private readonly producer: Producer,
    private readonly topic: string,
    private readonly tenantId: string,
  ) {}

  static async connect(brokers: string[], topic: string, tenantId: string): Promise<OrgFeed> {
    const kafka = new Kafka({ clientId: 'org-feed', brokers, logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    return new OrgFeed(producer, topic, tenantId);
  }

  async publish(...facts: ((tenantId: string) => OrgFact)[]): Promise<void> {
    const messages = facts.map((fact) =>
      toCloudEventMessage(this.envelope(fact(this.tenantId)), 'org-service'),
    );
    await this.producer.send({ topic: this.topic, messages });
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  private envelope({ type, streamId, data }: OrgFact) {
    const streamVersion = (this.versions.get(streamId) ?? 0) + 1;
    this.versions.set(streamId, streamVersion);
    const commandId = randomUUID();
    return {
      eventId: randomUUID(),
      type,
      schemaVersion: findEventDefinition(type).schemaVersion,
      streamId,
      streamVersion,
      data,
      metadata: {
        tenantId: this.tenantId,
        actorId: 'org-admin',
        correlationId: commandId,
        causationId: commandId,
        commandId,
        occurredAt: new Date().toISOString(),
      },
    };
  }
}

// The org events a service's test needs, in the org service's own shapes.

export const division =
  (divisionId: string, name = divisionId) =>
  (tenant: string): OrgFact => ({
    type: 'DivisionRegistered',
    streamId: divisionStream(tenant, divisionId),
    data: { divisionId, name },
  });

export const leader =
  (leaderId: string, divisionId: string) =>
  (tenant: string): OrgFact => ({
    type: 'LeaderRegistered',
    streamId: leaderStream(tenant, leaderId),
    data: { leaderId, divisionId, name: leaderId, level: 'senior' },
  });

export const head =
  (divisionId: string, leaderId: string) =>
  (tenant: string): OrgFact => ({
    type: 'DivisionHeadAppointed',
    streamId: divisionStream(tenant, divisionId),
    data: { divisionId, leaderId },
  });

export const delegate =
  (divisionId: string, delegateId: string) =>
  (tenant: string): OrgFact => ({
    type: 'RankingDelegated',
    streamId: divisionStream(tenant, divisionId),
    data: { divisionId, delegateId },
  });

export const openCycle =
  (cycleId: string, startsAt: string, endsAt: string) =>
  (tenant: string): OrgFact => ({
    type: 'CycleOpened',
    streamId: planningCalendarStream(tenant),
    data: { cycleId, startsAt, endsAt },
  });

export const theme =
  (themeId: string, cycleId: string) =>
  (tenant: string): OrgFact => ({
    type: 'ThemeDefined',
    streamId: themeStream(tenant, themeId),
    data: { themeId, cycleId, name: themeId },
  });
