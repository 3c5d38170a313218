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
import { StrategyProjects } from './strategy-projects';
import { StrategyProjectsFeed } from './strategy-projects.feed';
import { migrateStrategyProjects } from './strategy-projects.schema';

abstract class StrategyProjectsSchema {
  abstract readonly name: string;
}

/** Created here when the strategy service has not started yet: kafkajs cannot subscribe to a missing topic. */
abstract class StrategyTopic {
  abstract ensure(): Promise<void>;
}

/** Creates the tables before any command reads them; follows the strategy topic once the app runs. */
@Injectable()
class StrategyProjectsFeedLifecycle
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  constructor(
    @Inject(Pool) private readonly pool: Pool,
    @Inject(StrategyProjectsSchema) private readonly schema: StrategyProjectsSchema,
    @Inject(StrategyProjectsFeed) private readonly feed: StrategyProjectsFeed,
    @Inject(StrategyTopic) private readonly topic: StrategyTopic,
  ) {}

  onModuleInit(): Promise<void> {
    return migrateStrategyProjects(this.pool, this.schema.name);
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
 * The peer service's copy of the strategic projects, fed from leadership.strategy.v1 with an
 * inbox: who owns each project and in which division, for RaisePeerRequest's project facts.
 * Needs the Pool of CommandServiceModule.
 */
@Module({})
export class StrategyProjectsFeedModule {
  static forRoot(options: { schema: string }): DynamicModule {
    const logger = new Logger('StrategyProjectsFeed');
    return {
      module: StrategyProjectsFeedModule,
      providers: [
        { provide: StrategyProjectsSchema, useValue: { name: options.schema } },
        {
          provide: StrategyProjects,
          inject: [Pool],
          useFactory: (pool: Pool) => new StrategyProjects(pool, options.schema),
        },
        {
          provide: StrategyProjectsFeed,
          inject: [Pool, CommandServiceEnvironment, ServiceIdentity],
          useFactory: (pool: Pool, env: CommandServiceEnvironment, service: ServiceIdentity) =>
            new StrategyProjectsFeed(
              pool,
              new KafkaJsBatchConsumerRunner(
                kafkaClient({ brokers: [...env.KAFKA_BROKERS], clientId: service.name }),
              ),
              {
                schema: options.schema,
                topic: prefixTopic(env.KAFKA_TOPIC_PREFIX, Topics.strategy),
                groupId: `${env.KAFKA_TOPIC_PREFIX}${service.name}.strategy-projects`,
                log: (message, error) => logger.warn({ err: error }, message),
              },
            ),
        },
        {
          provide: StrategyTopic,
          inject: [CommandServiceEnvironment, ServiceIdentity],
          useFactory: (
            env: CommandServiceEnvironment,
            service: ServiceIdentity,
          ): StrategyTopic => ({
            ensure: () =>
              new KafkaJsTopicAdmin(
                kafkaClient({ brokers: [...env.KAFKA_BROKERS], clientId: service.name }),
              ).ensureTopics([
                {
                  topic: prefixTopic(env.KAFKA_TOPIC_PREFIX, Topics.strategy),
                  numPartitions: env.FEED_TOPIC_PARTITIONS,
                  retentionMs: -1,
                },
              ]),
          }),
        },
        StrategyProjectsFeedLifecycle,
      ],
      exports: [StrategyProjects],
    };
  }
}
