import { Kafka, logLevel, type KafkaConfig, type logCreator } from 'kafkajs';

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
}

/**
 * kafkajs logs every error response of the broker, retriable ones included (a coordinator still
 * loading after a start, say), and retries them itself: only warnings and errors that are not
 * per-request responses are written, as JSON lines on stderr like the apps' own logs.
 */
const quietLogCreator: logCreator =
  () =>
  ({ namespace, level, label, log }) => {
    if (level > logLevel.WARN) return;
    if (namespace === 'Connection' && log.message.startsWith('Response')) return;
    process.stderr.write(`${JSON.stringify({ level: label, logger: 'kafkajs', ...log })}\n`);
  };

export function kafkaClient(
  { brokers, clientId }: KafkaConnection,
  overrides: Partial<KafkaConfig> = {},
): Kafka {
  return new Kafka({
    brokers,
    clientId,
    logLevel: logLevel.WARN,
    logCreator: quietLogCreator,
    ...overrides,
  });
}
