import type { InlineReadModel } from '@lib/command-transport/service';
import { projectStrategyEvent } from './strategy-index.projection';
import { migrateStrategyIndex } from './strategy-index.schema';

export * from './strategy-index';

/**
 * The index is kept in the same transaction as the strategy events, so a need declared for a
 * project just registered, or a ranking of a need just declared, sees it at once.
 */
export function inlineStrategyIndex(schema: string): InlineReadModel {
  return {
    migrate: (pool) => migrateStrategyIndex(pool, schema),
    project: async (client, events) => {
      for (const event of events) await projectStrategyEvent(client, schema, event);
    },
  };
}
