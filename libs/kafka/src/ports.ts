import type { MessageHeaders } from './message-headers';

/** A message as the feed carries it: key = stream id, value = JSON data, CloudEvents headers. */
export interface OutgoingMessage {
  key: string;
  value: string;
  /** Text for the feed's own messages; a dead letter passes on what it received. */
  headers: MessageHeaders;
}

export interface TopicMessages {
  topic: string;
  messages: OutgoingMessage[];
}

/** Sends are acknowledged by every in-sync replica (acks=-1) and never duplicated by a retry. */
export abstract class FeedProducer {
  abstract connect(): Promise<void>;
  /** Resolves once the broker acknowledged every message of every topic. */
  abstract send(batches: TopicMessages[]): Promise<void>;
  abstract disconnect(): Promise<void>;
}

export interface TopicSpec {
  topic: string;
  numPartitions: number;
  /** Milliseconds; -1 keeps messages forever, so any consumer can rebuild from offset 0. */
  retentionMs: number;
}

export interface PartitionWatermark {
  partition: number;
  /** The offset the next message written to the partition will get. */
  high: string;
  low: string;
}

export abstract class TopicAdmin {
  /** Creates the topics that do not exist yet and waits for their partition leaders. */
  abstract ensureTopics(specs: TopicSpec[]): Promise<void>;
  abstract watermarks(topic: string): Promise<PartitionWatermark[]>;
}

export interface ConsumedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  /** Every value of every header, as the broker delivered them. */
  headers: MessageHeaders;
}

export interface ConsumedBatch {
  topic: string;
  partition: number;
  messages: ConsumedMessage[];
  /** Long batch work calls this so the group does not think the consumer died. */
  heartbeat(): Promise<void>;
}

export interface BatchConsumerOptions {
  groupId: string;
  topics: string[];
  fromBeginning: boolean;
  /**
   * Where to resume a partition when this consumer is assigned it: the offset a consumer stored
   * itself (with the effects of the messages before it), which wins over the group's committed one.
   */
  resumeAt?: (topic: string, partition: number) => Promise<string | undefined>;
  /** How much one fetch may bring: of one partition (so one batch), and in all. */
  maxBytesPerPartition?: number;
  maxBytes?: number;
  /** How long a fetch waits for new messages: also how long stopping a caught-up consumer takes. */
  maxWaitTimeInMs?: number;
}

export interface RunningConsumer {
  stop(): Promise<void>;
}

/**
 * Runs a handler per batch of one partition. Offsets are committed only after the handler
 * returns, so a crash redelivers the batch: handlers deduplicate (by event id).
 */
export abstract class BatchConsumerRunner {
  abstract run(
    options: BatchConsumerOptions,
    handle: (batch: ConsumedBatch) => Promise<void>,
  ): Promise<RunningConsumer>;
}
