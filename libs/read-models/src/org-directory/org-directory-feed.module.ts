import { type DynamicModule, Module } from '@nestjs/common';
import { Pool } from 'pg';
import { TopicFeedModule } from '../topic-feed/topic-feed.module';
import { OrgDirectory } from './org-directory';
import { orgDirectoryFeed } from './org-directory.feed';

/**
 * A command service's own copy of the org directory, fed from leadership.org.v1: services check
 * leaders, divisions and themes against it, never by calling the org service. Needs the Pool of
 * CommandServiceModule.
 */
@Module({})
export class OrgDirectoryFeedModule {
  static forRoot(options: { schema: string }): DynamicModule {
    return {
      module: OrgDirectoryFeedModule,
      imports: [TopicFeedModule.forRoot(orgDirectoryFeed, options)],
      providers: [
        {
          provide: OrgDirectory,
          inject: [Pool],
          useFactory: (pool: Pool) => new OrgDirectory(pool, options.schema),
        },
      ],
      exports: [OrgDirectory],
    };
  }
}
