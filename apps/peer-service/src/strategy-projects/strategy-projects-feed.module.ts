import { Topics } from '@lib/contracts';
import type { TopicFeedDefinition } from '@lib/read-models';
import { TopicFeedModule } from '@lib/read-models/feeds';
import { type DynamicModule, Module } from '@nestjs/common';
import { Pool } from 'pg';
import { StrategyProjects } from './strategy-projects';
import { projectStrategyEvent } from './strategy-projects.projection';
import { migrateStrategyProjects } from './strategy-projects.schema';

const strategyProjectsFeed: TopicFeedDefinition = {
  name: 'strategy-projects',
  topic: Topics.strategy,
  inboxTable: 'peer_strategy_inbox',
  migrate: migrateStrategyProjects,
  project: projectStrategyEvent,
};

/**
 * The peer service's copy of the strategic projects, fed from leadership.strategy.v1 with an
 * inbox: who owns each project and in which division, and who supports it through an open support
 * need, for RaisePeerRequest's project facts.
 * Needs the Pool of CommandServiceModule.
 */
@Module({})
export class StrategyProjectsFeedModule {
  static forRoot(options: { schema: string }): DynamicModule {
    return {
      module: StrategyProjectsFeedModule,
      imports: [TopicFeedModule.forRoot(strategyProjectsFeed, options)],
      providers: [
        {
          provide: StrategyProjects,
          inject: [Pool],
          useFactory: (pool: Pool) => new StrategyProjects(pool, options.schema),
        },
      ],
      exports: [StrategyProjects],
    };
  }
}
