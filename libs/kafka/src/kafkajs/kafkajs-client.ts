import { Kafka, logLevel, type KafkaConfig, type logCreator } from 'kafkajs';

/** Where kafkajs' lines go: an app's logger (Nest's Logger, which writes through pino, fits). */
export interface KafkaLog {
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
  /** The app's logger; without one (tests, benchmarks), JSON lines on stderr. */
  log?: KafkaLog;
}

const stderrLog: KafkaLog = {
  warn: (fields, message) => writeLine('warn', fields, message),
  error: (fields, message) => writeLine('error', fields, message),
};

function writeLine(level: string, fields: object, message: string): void {
  process.stderr.write(`${JSON.stringify({ level, logger: 'kafkajs', ...fields, message })}\n`);
}

/**
 * kafkajs logs every error response of the broker, retriable ones included (a coordinator still
 * loading after a start, say), and retries them itself: only warnings and errors that are not
 * per-request responses are written, through the app's logger so every line has its format.
 */
function logCreatorFor(log: KafkaLog): logCreator {
  return () =>
    ({ namespace, level, log: entry }) => {
      if (level > logLevel.WARN) return;
      if (namespace === 'Connection' && entry.message.startsWith('Response')) return;
      const { message, timestamp: _timestamp, logger: _logger, ...fields } = entry;
      const context = { kafkajs: { namespace, ...fields } };
      if (level === logLevel.WARN) log.warn(context, message);
      else log.error(context, message);
    };
}

export function kafkaClient(
  { brokers, clientId, log = stderrLog }: KafkaConnection,
  overrides: Partial<KafkaConfig> = {},
): Kafka {
  return new Kafka({
    brokers,
    clientId,
    logLevel: logLevel.WARN,
    logCreator: logCreatorFor(log),
    ...overrides,
  });
}
