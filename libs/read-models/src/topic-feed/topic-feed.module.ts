import { prefixTopic } from '@lib/contracts';
import { kafkaClient, KafkaJsBatchConsumerRunner, KafkaJsTopicAdmin } from '@lib/kafka';
import { PlatformEnvironment, ServiceIdentity, workerLifecycle } from '@lib/platform';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { Pool } from 'pg';
import { TopicFeed, type TopicFeedDefinition } from './topic-feed';

/** The topic a feed follows, created when its owner has not started yet: kafkajs cannot subscribe to a missing topic. */
abstract class FeedTopic {
  abstract ensure(): Promise<void>;
}

/**
 * What a feed reads of its service's environment: a command service's (CommandServiceEnvironment)
 * has them all. Injected as PlatformEnvironment, so that this library, which the API's readers
 * import, does not depend on the command services' side of the transport.
 */
type FeedVariables = PlatformEnvironment &
  Readonly<{ KAFKA_TOPIC_PREFIX: string; FEED_TOPIC_PARTITIONS: number }>;

/**
 * Runs a TopicFeed inside a command service, on the Pool of CommandServiceModule, with a consumer
 * group of its own per service: every service keeps its own copy.
 */
@Module({})
export class TopicFeedModule {
  static forRoot(definition: TopicFeedDefinition, options: { schema: string }): DynamicModule {
    const logger = new Logger(definition.name);
    const kafkaOf = (env: PlatformEnvironment, service: ServiceIdentity) =>
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
          inject: [Pool, PlatformEnvironment, ServiceIdentity],
          useFactory: (pool: Pool, env: FeedVariables, service: ServiceIdentity) =>
            new TopicFeed(pool, new KafkaJsBatchConsumerRunner(kafkaOf(env, service)), definition, {
              schema: options.schema,
              topic: prefixTopic(env.KAFKA_TOPIC_PREFIX, definition.topic),
              groupId: `${env.KAFKA_TOPIC_PREFIX}${service.name}.${definition.name}`,
              log: (message, error) => logger.warn({ err: error }, message),
            }),
        },
        {
          provide: FeedTopic,
          inject: [PlatformEnvironment, ServiceIdentity],
          useFactory: (env: FeedVariables, service: ServiceIdentity): FeedTopic => ({
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
