import { prefixTopic } from '@lib/contracts';
import { CommandServiceEnvironment } from '@lib/command-transport/service';
import { kafkaClient, KafkaJsBatchConsumerRunner, KafkaJsTopicAdmin } from '@lib/kafka';
import { ServiceIdentity, workerLifecycle } from '@lib/platform';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { Pool } from 'pg';
import { TopicFeed, type TopicFeedDefinition } from './topic-feed';

/** The topic a feed follows, created when its owner has not started yet: kafkajs cannot subscribe to a missing topic. */
abstract class FeedTopic {
  abstract ensure(): Promise<void>;
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
      kafkaClient({
        brokers: [...env.KAFKA_BROKERS],
        clientId: service.name,
        log: new Logger('kafkajs'),
      });
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
        // The tables exist before any command reads them; the topic is followed once the app runs.
        workerLifecycle({
          name: definition.name,
          // The pool is the command service's, which ends it.
          endsPool: false,
          inject: [TopicFeed, FeedTopic],
          useFactory: (feed: TopicFeed, topic: FeedTopic) => ({
            migrate: () => feed.migrate(),
            start: async () => {
              await topic.ensure();
              await feed.start();
            },
            stop: () => feed.stop(),
          }),
        }),
      ],
    };
  }
}
