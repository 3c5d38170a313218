import type { TopicName } from '@lib/contracts';
import { invalidArgument } from '../errors/gateway-error';

/** An event a client has seen its command append, and the feed topic that carries it. */
export type SeenEvent = Readonly<{ topic: TopicName; eventId: string }>;

const VERSION = 'c1';
const TOPIC_CODES: Readonly<Record<TopicName, string>> = {
  org: 'o',
  peer: 'p',
  strategy: 's',
  assessment: 'a',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_EVENTS = 500;

/**
 * Opaque to clients: the events a mutation appended. A query given it waits until every read
 * model it reads has applied those of them on the topics that read model follows.
 */
export function consistencyToken(events: readonly SeenEvent[]): string {
  const body = events.map(({ topic, eventId }) => `${TOPIC_CODES[topic]}${eventId}`).join(',');
  return `${VERSION}.${Buffer.from(body).toString('base64url')}`;
}

/** Several tokens (from several mutations) merge into one. */
export function mergeConsistencyTokens(tokens: readonly string[]): string {
  return consistencyToken(tokens.flatMap((token) => parseConsistencyToken(token)));
}

export function parseConsistencyToken(token: string, argument = 'consistentWith'): SeenEvent[] {
  const refuse = () =>
    invalidArgument(
      argument,
      'isConsistencyToken',
      `${argument} must be a consistencyToken returned by a mutation`,
    );
  const [version, body, ...rest] = token.split('.');
  if (version !== VERSION || body === undefined || rest.length > 0) throw refuse();
  const entries = Buffer.from(body, 'base64url').toString('utf8').split(',');
  if (entries.length > MAX_EVENTS) throw refuse();
  const topics = Object.entries(TOPIC_CODES) as [TopicName, string][];
  return entries.map((entry) => {
    const topic = topics.find(([, code]) => code === entry[0])?.[0];
    const eventId = entry.slice(1);
    if (!topic || !UUID.test(eventId)) throw refuse();
    return { topic, eventId };
  });
}
