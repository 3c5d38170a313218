import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { HeaderValue } from '../message-headers';
import {
  type BatchConsumerOptions,
  BatchConsumerRunner,
  type ConsumedBatch,
  type ConsumedMessage,
  type RunningConsumer,
} from '../ports';

const COORDINATOR_WAIT_MS = 30_000;
const COORDINATOR_POLL_MS = 200;

export class KafkaJsBatchConsumerRunner extends BatchConsumerRunner {
  constructor(private readonly kafka: Kafka) {
    super();
  }

  async run(
    options: BatchConsumerOptions,
    handle: (batch: ConsumedBatch) => Promise<void>,
  ): Promise<RunningConsumer> {
    await this.waitForGroupCoordinator(options.groupId);
    const consumer = this.kafka.consumer({
      groupId: options.groupId,
      maxBytesPerPartition: options.maxBytesPerPartition,
      maxBytes: options.maxBytes,
      maxWaitTimeInMs: options.maxWaitTimeInMs,
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: options.topics, fromBeginning: options.fromBeginning });
    } catch (error) {
      // A start that fails (no broker yet) is tried again with a new consumer: end this one.
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    if (options.resumeAt) this.resumeOnAssignment(consumer, options.resumeAt);
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, heartbeat, resolveOffset, isRunning, isStale }) => {
        if (!isRunning() || isStale() || batch.messages.length === 0) return;
        await handle({
          topic: batch.topic,
          partition: batch.partition,
          messages: batch.messages.map((message) =>
            toConsumed(batch.topic, batch.partition, message),
          ),
          heartbeat,
        });
        const last = batch.messages[batch.messages.length - 1].offset;
        resolveOffset(last);
        await consumer.commitOffsets([
          {
            topic: batch.topic,
            partition: batch.partition,
            offset: (BigInt(last) + 1n).toString(),
          },
        ]);
      },
    });
    return { stop: () => consumer.disconnect() };
  }

  /**
   * On a new cluster the group coordinator loads the offsets topic for a while after the first
   * consumer asks for it, and kafkajs reports a consumer that joins meanwhile as crashed (then
   * restarts it): joining only once the coordinator describes the group avoids that.
   */
  private async waitForGroupCoordinator(groupId: string): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const deadline = Date.now() + COORDINATOR_WAIT_MS;
      for (;;) {
        try {
          await admin.describeGroups([groupId]);
          return;
        } catch (error) {
          if (Date.now() > deadline)
            throw new Error(`the coordinator of consumer group ${groupId} does not answer`, {
              cause: error,
            });
          await new Promise((resolve) => setTimeout(resolve, COORDINATOR_POLL_MS));
        }
      }
    } finally {
      await admin.disconnect();
    }
  }

  private resumeOnAssignment(
    consumer: Consumer,
    resumeAt: NonNullable<BatchConsumerOptions['resumeAt']>,
  ): void {
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      for (const [topic, partitions] of Object.entries(payload.memberAssignment)) {
        for (const partition of partitions) {
          // A consumer stopped before its seek lands must not crash the process: the seek only
          // saves re-reading, the inbox already makes a re-read harmless.
          void resumeAt(topic, partition)
            .then((offset) => {
              if (offset !== undefined) consumer.seek({ topic, partition, offset });
            })
            .catch(() => undefined);
        }
      }
    });
  }
}

function toConsumed(topic: string, partition: number, message: KafkaMessage): ConsumedMessage {
  // Every value as it came: a repeated header or one that is not UTF-8 is the contract's to judge.
  const headers: Record<string, HeaderValue> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined) headers[name] = value;
  }
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? null,
    value: message.value?.toString() ?? null,
    headers,
  };
}
