import {
  kafkaClient,
  KafkaJsBatchConsumerRunner,
  KafkaJsFeedProducer,
  KafkaJsTopicAdmin,
} from '@lib/kafka';
import {
  MetricsRegistry,
  PlatformEnvironment,
  ServiceIdentity,
  workerLifecycle,
} from '@lib/platform';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { Pool } from 'pg';
import { TopicFeed } from './topic-feed';
import type { TopicFeedDefinition } from './topic-feed-definition';

/** Where a service's copy parks what it cannot apply: one dead-letter topic per service and feed. */
export function feedDeadLetterTopic(prefix: string, service: string, feed: string): string {
  return `${prefix}leadership.feeds.${service}.${feed}.dlq`;
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
 * group of its own per service (every service keeps its own copy), its lag and parked messages in
 * the app's metrics, and its worker in /health/ready.
 */
@Module({})
export class TopicFeedModule {
  static forRoot(definition: TopicFeedDefinition, options: { schema: string }): DynamicModule {
    const logger = new Logger(definition.name);
    return {
      module: TopicFeedModule,
      providers: [
        {
          provide: TopicFeed,
          inject: [Pool, PlatformEnvironment, ServiceIdentity, MetricsRegistry],
          useFactory: (
            pool: Pool,
            env: FeedVariables,
            service: ServiceIdentity,
            metrics: MetricsRegistry,
          ) => {
            const kafka = kafkaClient({
              brokers: [...env.KAFKA_BROKERS],
              clientId: service.name,
              log: new Logger('kafkajs'),
            });
            const feed = new TopicFeed(
              pool,
              new KafkaJsBatchConsumerRunner(kafka),
              new KafkaJsFeedProducer(kafka),
              new KafkaJsTopicAdmin(kafka),
              definition,
              {
                schema: options.schema,
                topicPrefix: env.KAFKA_TOPIC_PREFIX,
                groupId: `${env.KAFKA_TOPIC_PREFIX}${service.name}.${definition.name}`,
                deadLetterTopic: feedDeadLetterTopic(
                  env.KAFKA_TOPIC_PREFIX,
                  service.name,
                  definition.name,
                ),
                numPartitions: env.FEED_TOPIC_PARTITIONS,
                log: (message, error) => logger.warn({ err: error }, message),
              },
            );
            feed.lag.register(metrics);
            return feed;
          },
        },
        // The tables exist before any command reads them; the topic is followed once the app runs.
        workerLifecycle({
          name: definition.name,
          // The pool is the command service's, which ends it.
          endsPool: false,
          inject: [TopicFeed],
          useFactory: (feed: TopicFeed) => ({
            migrate: () => feed.migrate(),
            start: () => feed.start(),
            stop: () => feed.stop(),
          }),
        }),
      ],
      exports: [TopicFeed],
    };
  }
}
