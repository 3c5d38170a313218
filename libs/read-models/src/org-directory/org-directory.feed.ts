import { fromCloudEventMessage } from '@lib/contracts';
import type { BatchConsumerRunner, ConsumedBatch, RunningConsumer } from '@lib/kafka';
import type { Pool } from 'pg';
import { schemaIdentifier } from '../queryable';
import { projectOrgEvent } from './org-directory.projection';
import { migrateOrgDirectory } from './org-directory.schema';

export interface OrgDirectoryFeedOptions {
  schema: string;
  /** The org topic (with the deployment's prefix). */
  topic: string;
  /** One group per service: every service keeps its own copy of the directory. */
  groupId: string;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Keeps a service's copy of the org directory from the org topic. Each batch is one transaction
 * writing the rows and the processed event ids, so a redelivered batch changes nothing.
 */
export class OrgDirectoryFeed {
  private consumer?: RunningConsumer;
  private readonly schema: string;

  constructor(
    private readonly pool: Pool,
    private readonly runner: BatchConsumerRunner,
    private readonly options: OrgDirectoryFeedOptions,
  ) {
    this.schema = schemaIdentifier(options.schema);
  }

  async start(): Promise<void> {
    await migrateOrgDirectory(this.pool, this.schema);
    this.consumer = await this.runner.run(
      { groupId: this.options.groupId, topics: [this.options.topic], fromBeginning: true },
      (batch) => this.apply(batch),
    );
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
  }

  async apply(batch: ConsumedBatch): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const message of batch.messages) {
        const event = this.decode(message.headers, message.value);
        if (!event) continue;
        const { rowCount } = await client.query(
          `INSERT INTO ${this.schema}.org_directory_inbox (event_id) VALUES ($1) ON CONFLICT DO NOTHING`,
          [event.eventId],
        );
        if (rowCount === 1) await projectOrgEvent(client, this.schema, event);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    await batch.heartbeat();
  }

  private decode(headers: Record<string, string>, value: string | null) {
    try {
      return fromCloudEventMessage(headers, value).envelope;
    } catch (error) {
      // Not a feed event at all: nothing the directory could learn from it.
      this.options.log?.('skipped a message of the org topic that is not a feed event', error);
      return undefined;
    }
  }
}
