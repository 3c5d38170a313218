import type { InlineReadModel } from '@lib/command-transport/service';
import type { ScoringRules } from '@lib/domain';
import { projectPeerActivity } from './peer-activity.projection';
import { migratePeerActivity } from './peer-activity.schema';

/**
 * Kept in the same transaction as the peer events: the facts of the next command (open
 * requests, recent recipients, loads, the current recipient) never lag behind the last one.
 */
export function inlinePeerActivity(schema: string, rules: ScoringRules): InlineReadModel {
  return {
    migrate: (pool) => migratePeerActivity(pool, schema),
    project: (client, events) => projectPeerActivity(client, schema, events, rules),
  };
}
