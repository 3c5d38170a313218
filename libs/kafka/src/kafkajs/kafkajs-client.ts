import { Kafka, logLevel, type KafkaConfig } from 'kafkajs';

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
}

/** kafkajs logs through its own console logger; the apps log through pino, so it stays quiet. */
export function kafkaClient(
  { brokers, clientId }: KafkaConnection,
  overrides: Partial<KafkaConfig> = {},
): Kafka {
  return new Kafka({ brokers, clientId, logLevel: logLevel.ERROR, ...overrides });
}
