import { prefixTopic, Topics } from '@lib/contracts';
import { CommandServiceEnvironment } from '@lib/event-store';
import { kafkaClient, KafkaJsBatchConsumerRunner, KafkaJsTopicAdmin } from '@lib/kafka';
import { ServiceIdentity } from '@lib/platform';
import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { Pool } from 'pg';
import { OrgDirectory } from './org-directory';
import { OrgDirectoryFeed } from './org-directory.feed';
import { migrateOrgDirectory } from './org-directory.schema';

abstract class OrgDirectorySchema {
  abstract readonly name: string;
}

/** The org topic, created here when the org service has not started yet: kafkajs cannot subscribe to a missing topic. */
abstract class OrgTopic {
  abstract ensure(): Promise<void>;
}

/** Creates the tables before any command reads them; follows the org topic once the app runs. */
@Injectable()
class OrgDirectoryFeedLifecycle
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  constructor(
    @Inject(Pool) private readonly pool: Pool,
    @Inject(OrgDirectorySchema) private readonly schema: OrgDirectorySchema,
    @Inject(OrgDirectoryFeed) private readonly feed: OrgDirectoryFeed,
    @Inject(OrgTopic) private readonly topic: OrgTopic,
  ) {}

  onModuleInit(): Promise<void> {
    return migrateOrgDirectory(this.pool, this.schema.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.topic.ensure();
    await this.feed.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.feed.stop();
  }
}

/**
 * A command service's own copy of the org directory, fed from leadership.org.v1: services check
 * leaders, divisions and themes against it, never by calling the org service. Needs the Pool of
 * CommandServiceModule.
 */
@Module({})
export class OrgDirectoryFeedModule {
  static forRoot(options: { schema: string }): DynamicModule {
    const logger = new Logger('OrgDirectoryFeed');
    return {
      module: OrgDirectoryFeedModule,
      providers: [
        { provide: OrgDirectorySchema, useValue: { name: options.schema } },
        {
          provide: OrgDirectory,
          inject: [Pool],
          useFactory: (pool: Pool) => new OrgDirectory(pool, options.schema),
        },
        {
          provide: OrgDirectoryFeed,
          inject: [Pool, CommandServiceEnvironment, ServiceIdentity],
          useFactory: (pool: Pool, env: CommandServiceEnvironment, service: ServiceIdentity) =>
            new OrgDirectoryFeed(
              pool,
              new KafkaJsBatchConsumerRunner(
                kafkaClient({ brokers: [...env.KAFKA_BROKERS], clientId: service.name }),
              ),
              {
                schema: options.schema,
                topic: prefixTopic(env.KAFKA_TOPIC_PREFIX, Topics.org),
                groupId: `${env.KAFKA_TOPIC_PREFIX}${service.name}.org-directory`,
                log: (message, error) => logger.warn({ err: error }, message),
              },
            ),
        },
        {
          provide: OrgTopic,
          inject: [CommandServiceEnvironment, ServiceIdentity],
          useFactory: (env: CommandServiceEnvironment, service: ServiceIdentity): OrgTopic => ({
            ensure: () =>
              new KafkaJsTopicAdmin(
                kafkaClient({ brokers: [...env.KAFKA_BROKERS], clientId: service.name }),
              ).ensureTopics([
                {
                  topic: prefixTopic(env.KAFKA_TOPIC_PREFIX, Topics.org),
                  numPartitions: env.FEED_TOPIC_PARTITIONS,
                  retentionMs: -1,
                },
              ]),
          }),
        },
        OrgDirectoryFeedLifecycle,
      ],
      exports: [OrgDirectory],
    };
  }
}
