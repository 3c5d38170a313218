import { type Kafka, Partitioners, type Producer } from 'kafkajs';
import { FeedProducer, type TopicMessages } from '../ports';

/**
 * Idempotent producer with one request in flight: kafkajs has open bugs with concurrent sends on
 * an idempotent producer, so sends are also queued here, one at a time.
 */
export class KafkaJsFeedProducer extends FeedProducer {
  private readonly producer: Producer;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(kafka: Kafka) {
    super();
    this.producer = kafka.producer({
      // Kafka's own (Java) key hashing, so other clients agree on a stream's partition.
      createPartitioner: Partitioners.DefaultPartitioner,
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  send(batches: TopicMessages[]): Promise<void> {
    const sent = this.queue.then(() =>
      this.producer.sendBatch({
        acks: -1,
        topicMessages: batches.map(({ topic, messages }) => ({ topic, messages })),
      }),
    );
    this.queue = sent.catch(() => undefined);
    return sent.then(() => undefined);
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }
}
