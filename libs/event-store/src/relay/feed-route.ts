import { findEventDefinition, prefixTopic, toCloudEventHeaders } from '@lib/contracts';
import type { FeedEvent } from '../event-store';
import type { RoutedMessage } from './event-relay';

export interface FeedRouteOptions {
  /** The producing service: the CloudEvents source. */
  source: string;
  /** Tests give each run topics of its own. */
  topicPrefix?: string;
}

/**
 * Maps a stored event onto its topic of the public feed as a CloudEvents 1.0 binary-mode message:
 * key = stream id, value = data as JSON (the stored text, see readFeed). An event type without a
 * contract cannot be published.
 */
export function feedRoute({
  source,
  topicPrefix = '',
}: FeedRouteOptions): (event: FeedEvent) => RoutedMessage {
  return (event) => {
    const definition = findEventDefinition(event.type);
    if (!definition) throw new Error(`event type ${event.type} has no contract in libs/contracts`);
    return {
      topic: prefixTopic(topicPrefix, definition.topic),
      message: {
        key: event.streamId,
        value: event.dataJson,
        headers: toCloudEventHeaders(event, source),
      },
    };
  };
}
