import { Topics } from '@lib/contracts';
import { CommandServiceModule } from '@lib/command-transport/service';
import { PlatformModule } from '@lib/platform';
import { OrgDirectoryFeedModule } from '@lib/read-models/feeds';
import { type DynamicModule, Module } from '@nestjs/common';
import { Pool } from 'pg';
import { companyPrioritiesHandlers } from './company-priorities';
import { divisionPortfolioHandlers, divisionPortfolioProviders } from './division-portfolios';
import { OrgFacts } from './org-facts/org-facts';
import { strategicProjectHandlers, strategicProjectProviders } from './strategic-projects';
import { inlineStrategyIndex, StrategyIndex } from './strategy-index';
import { STRATEGY_SCHEMA, strategyServiceOptions } from './strategy-service.options';
import { supportNeedHandlers, supportNeedProviders } from './support-needs';

/**
 * Org facts come from the service's own copy of the org directory, fed from the org topic; facts
 * about other strategy aggregates come from the strategy index, kept with the service's events.
 */
@Module({})
export class StrategyServiceModule {
  static forRoot(variables?: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: StrategyServiceModule,
      imports: [
        PlatformModule.forRoot(strategyServiceOptions(variables)),
        CommandServiceModule.forRoot({
          schema: STRATEGY_SCHEMA,
          topic: Topics.strategy,
          inlineReadModels: [inlineStrategyIndex(STRATEGY_SCHEMA)],
        }),
        OrgDirectoryFeedModule.forRoot({ schema: STRATEGY_SCHEMA }),
      ],
      providers: [
        {
          provide: StrategyIndex,
          inject: [Pool],
          useFactory: (pool: Pool) => new StrategyIndex(pool, STRATEGY_SCHEMA),
        },
        OrgFacts,
        ...strategicProjectProviders,
        ...supportNeedProviders,
        ...divisionPortfolioProviders,
      ],
      controllers: [
        ...strategicProjectHandlers,
        ...supportNeedHandlers,
        ...divisionPortfolioHandlers,
        ...companyPrioritiesHandlers,
      ],
    };
  }
}
