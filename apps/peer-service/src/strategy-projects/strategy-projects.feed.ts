import { fromCloudEventMessage } from '@lib/contracts';
import type { BatchConsumerRunner, ConsumedBatch, RunningConsumer } from '@lib/kafka';
import { schemaIdentifier } from '@lib/read-models';
import type { Pool } from 'pg';
import { projectStrategyEvent } from './strategy-projects.projection';

export interface StrategyProjectsFeedOptions {
  schema: string;
  /** The strategy topic (with the deployment's prefix). */
  topic: string;
  groupId: string;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Keeps the peer service's copy of the strategic projects from the strategy topic. Each batch is
 * one transaction writing the rows and the processed event ids (the inbox), so a redelivered batch
 * changes nothing.
 */
export class StrategyProjectsFeed {
  private consumer?: RunningConsumer;
  private readonly schema: string;

  constructor(
    private readonly pool: Pool,
    private readonly runner: BatchConsumerRunner,
    private readonly options: StrategyProjectsFeedOptions,
  ) {
    this.schema = schemaIdentifier(options.schema);
  }

  async start(): Promise<void> {
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
          `INSERT INTO ${this.schema}.peer_strategy_inbox (event_id) VALUES ($1) ON CONFLICT DO NOTHING`,
          [event.eventId],
        );
        if (rowCount === 1) await projectStrategyEvent(client, this.schema, event);
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
      // Not a feed event at all: nothing the project copy could learn from it.
      this.options.log?.('skipped a message of the strategy topic that is not a feed event', error);
      return undefined;
    }
  }
}
