import type { EventEnvelope, Topic } from '@lib/contracts';
import type { Queryable } from '../queryable';

/**
 * A service's local copy of what another context publishes (the org directory, the strategic
 * projects): its tables, the inbox table its migration creates, and how an event changes them.
 */
export interface TopicFeedDefinition {
  /** Names the consumer group (per service), the projection and the log context. */
  name: string;
  topic: Topic;
  /** A table `(event_id uuid PRIMARY KEY, …)` that `migrate` creates: the ids already applied. */
  inboxTable: string;
  migrate(db: Queryable, schema: string): Promise<void>;
  project(db: Queryable, schema: string, event: EventEnvelope): Promise<void>;
}
