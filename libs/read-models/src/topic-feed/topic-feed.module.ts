import { prefixTopic } from '@lib/contracts';
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
import { TopicFeed, type TopicFeedDefinition } from './topic-feed';

/** The topic a feed follows, created when its owner has not started yet: kafkajs cannot subscribe to a missing topic. */
abstract class FeedTopic {
  abstract ensure(): Promise<void>;
}

/** Creates the tables before any command reads them; follows the topic once the app runs. */
@Injectable()
class TopicFeedLifecycle
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  constructor(
    @Inject(TopicFeed) private readonly feed: TopicFeed,
    @Inject(FeedTopic) private readonly topic: FeedTopic,
  ) {}

  onModuleInit(): Promise<void> {
    return this.feed.migrate();
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
 * Runs a TopicFeed inside a command service, on the Pool of CommandServiceModule, with a consumer
 * group of its own per service: every service keeps its own copy.
 */
@Module({})
export class TopicFeedModule {
  static forRoot(definition: TopicFeedDefinition, options: { schema: string }): DynamicModule {
    const logger = new Logger(definition.name);
    const kafkaOf = (env: CommandServiceEnvironment, service: ServiceIdentity) =>
      kafkaClient({ brokers: [...env.KAFKA_BROKERS], clientId: service.name });
    return {
      module: TopicFeedModule,
      providers: [
        {
          provide: TopicFeed,
          inject: [Pool, CommandServiceEnvironment, ServiceIdentity],
          useFactory: (pool: Pool, env: CommandServiceEnvironment, service: ServiceIdentity) =>
            new TopicFeed(pool, new KafkaJsBatchConsumerRunner(kafkaOf(env, service)), definition, {
              schema: options.schema,
              topic: prefixTopic(env.KAFKA_TOPIC_PREFIX, definition.topic),
              groupId: `${env.KAFKA_TOPIC_PREFIX}${service.name}.${definition.name}`,
              log: (message, error) => logger.warn({ err: error }, message),
            }),
        },
        {
          provide: FeedTopic,
          inject: [CommandServiceEnvironment, ServiceIdentity],
          useFactory: (env: CommandServiceEnvironment, service: ServiceIdentity): FeedTopic => ({
            ensure: () =>
              new KafkaJsTopicAdmin(kafkaOf(env, service)).ensureTopics([
                {
                  topic: prefixTopic(env.KAFKA_TOPIC_PREFIX, definition.topic),
                  numPartitions: env.FEED_TOPIC_PARTITIONS,
                  retentionMs: -1,
                },
              ]),
          }),
        },
        TopicFeedLifecycle,
      ],
    };
  }
}
