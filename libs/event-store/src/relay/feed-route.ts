import { findEventDefinition, prefixTopic, toCloudEventMessage } from '@lib/contracts';
import type { StoredEvent } from '../event-store';
import type { RoutedMessage } from './event-relay';

export interface FeedRouteOptions {
  /** The producing service: the CloudEvents source. */
  source: string;
  /** Tests give each run topics of its own. */
  topicPrefix?: string;
}

/**
 * Maps a stored event onto its topic of the public feed as a CloudEvents 1.0 binary-mode message:
 * key = stream id, value = data as JSON. An event type without a contract cannot be published.
 */
export function feedRoute({
  source,
  topicPrefix = '',
}: FeedRouteOptions): (event: StoredEvent) => RoutedMessage {
  return (event) => {
    const definition = findEventDefinition(event.type);
    if (!definition) throw new Error(`event type ${event.type} has no contract in libs/contracts`);
    const message = toCloudEventMessage(event, source);
    return {
      topic: prefixTopic(topicPrefix, definition.topic),
      message: { ...message, headers: { ...message.headers } },
    };
  };
}
