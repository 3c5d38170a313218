import { testEnvironment, uniqueName } from './test-environment';
import { Kafka, logLevel, type Consumer } from 'kafkajs';

export interface ReceivedMessage {
  key: string;
  headers: Record<string, string>;
  value: unknown;
}

/** A bare kafkajs consumer of one topic from its start, as any consumer of the feed would be. */
export class FeedReader {
  readonly received: ReceivedMessage[] = [];

  private constructor(private readonly consumer: Consumer) {}

  static async read(topic: string): Promise<FeedReader> {
    const kafka = new Kafka({
      brokers: testEnvironment().kafkaBrokers,
      logLevel: logLevel.NOTHING,
    });
    const consumer = kafka.consumer({ groupId: uniqueName('feed-reader') });
    const reader = new FeedReader(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        reader.received.push({
          key: String(message.key),
          headers: Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
          ),
          value: JSON.parse(String(message.value)),
        });
      },
    });
    return reader;
  }

  withEventId(eventId: string): ReceivedMessage[] {
    return this.received.filter((message) => message.headers.ce_id === eventId);
  }

  stop(): Promise<void> {
    return this.consumer.disconnect();
  }
}
