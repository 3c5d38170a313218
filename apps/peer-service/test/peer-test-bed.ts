import { randomUUID } from 'node:crypto';
import type { Principal } from '@lib/auth';
import { prefixTopic, Topics } from '@lib/contracts';
import { databasePool } from '@lib/platform';
import { createTopics, eventually, testEnvironment, uniqueName } from '@lib/testing';
import {
  createTestDatabase,
  principal,
  type RunningCommandService,
  startCommandService,
} from '@lib/testing/command-service-harness';
import type { Pool } from 'pg';
import { PeerServiceModule } from '../src/peer-service.module';
import { FeedPublisher, type Published, seedTenant } from './peer-world';

/**
 * One peer service on a database and topics of its own, with a publisher standing in for the org
 * and strategy services. After `service.stop()`, `startService` starts it again on the same
 * database and topics.
 */
export class PeerTestBed {
  service!: RunningCommandService;
  pool!: Pool;
  private database!: Awaited<ReturnType<typeof createTestDatabase>>;
  private publisher!: FeedPublisher;
  readonly topicPrefix = `${uniqueName('peer-service')}.`;

  constructor(private readonly overrides: NodeJS.ProcessEnv = {}) {}

  async start(): Promise<this> {
    const { kafkaBrokers } = testEnvironment();
    this.database = await createTestDatabase();
    this.pool = databasePool(this.database.url, 4);
    await createTopics(
      kafkaBrokers,
      [Topics.org, Topics.strategy, Topics.peer].map((topic) => ({
        topic: prefixTopic(this.topicPrefix, topic),
        numPartitions: 3,
      })),
    );
    this.publisher = new FeedPublisher(kafkaBrokers, this.topicPrefix);
    await this.publisher.connect();
    await this.startService();
    return this;
  }

  async startService(): Promise<void> {
    this.service = await startCommandService(
      'peer-service',
      (variables) => PeerServiceModule.forRoot(variables),
      { DATABASE_URL: this.database.url, KAFKA_TOPIC_PREFIX: this.topicPrefix, ...this.overrides },
    );
  }

  /** A tenant of its own with the leaders and project of peer-world, known to the service. */
  async tenant(): Promise<string> {
    const tenant = `tenant-${randomUUID().slice(0, 8)}`;
    await seedTenant(this.publisher, this.pool, tenant);
    return tenant;
  }

  /** Publishes events on the org and strategy topics, as their owning services would. */
  publish(tenant: string, events: Published[]): Promise<void> {
    return this.publisher.publish(tenant, events);
  }

  send(type: string, input: unknown, who: Principal, commandId: string = randomUUID()) {
    return this.service.client.send(type, { commandId, principal: who, input });
  }

  /** `send` as a leader of a tenant. */
  as(tenant: string, leaderId: string) {
    const who = principal(tenant, leaderId);
    return (type: string, input: unknown, commandId?: string) =>
      this.send(type, input, who, commandId);
  }

  async storedEvents(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM peer.events',
    );
    return rows[0].n;
  }

  async eventsOf(streamId: string) {
    const { rows } = await this.pool.query<{
      type: string;
      data: Record<string, unknown>;
      actor: string;
      command_id: string;
    }>(
      `SELECT type, data, metadata->>'actorId' AS actor, command_id FROM peer.events
        WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    return rows;
  }

  async stop(): Promise<void> {
    await this.service?.stop();
    await this.publisher?.disconnect();
    // pg ends a pool's connections without waiting for them to close: dropping the database
    // at once would cut them off mid-goodbye, and they would report it as an error.
    await eventually(async () => {
      const { rows } = await this.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      expect(rows[0].n).toBe(0);
    });
    await this.pool?.end();
    await this.database?.drop();
  }
}
