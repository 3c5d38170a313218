import { Topics } from '@lib/contracts';
import { CommandServiceModule } from '@lib/command-transport/service';
import { PlatformModule } from '@lib/platform';
import { migrateOrgDirectory, OrgDirectory, projectOrgEvent } from '@lib/read-models';
import { type DynamicModule, Module } from '@nestjs/common';
import { Pool } from 'pg';
import { divisionHandlers } from './divisions';
import { leaderHandlers } from './leaders';
import { ORG_SCHEMA, orgServiceOptions } from './org-service.options';
import { planningCalendarHandlers } from './planning-calendar';
import { themeHandlers } from './themes';

/**
 * The org directory is kept in the same transaction as the org events, so the facts the org
 * service decides with are never a step behind its own commands.
 */
const inlineOrgDirectory = {
  migrate: (pool: Pool) => migrateOrgDirectory(pool, ORG_SCHEMA),
  project: async (
    client: Parameters<typeof projectOrgEvent>[0],
    events: Parameters<typeof projectOrgEvent>[2][],
  ) => {
    for (const event of events) await projectOrgEvent(client, ORG_SCHEMA, event);
  },
};

@Module({})
export class OrgServiceModule {
  static forRoot(variables?: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: OrgServiceModule,
      imports: [
        PlatformModule.forRoot(orgServiceOptions(variables)),
        CommandServiceModule.forRoot({
          schema: ORG_SCHEMA,
          topic: Topics.org,
          inlineReadModels: [inlineOrgDirectory],
        }),
      ],
      providers: [
        {
          provide: OrgDirectory,
          inject: [Pool],
          useFactory: (pool: Pool) => new OrgDirectory(pool, ORG_SCHEMA),
        },
      ],
      controllers: [
        ...leaderHandlers,
        ...divisionHandlers,
        ...planningCalendarHandlers,
        ...themeHandlers,
      ],
    };
  }
}
