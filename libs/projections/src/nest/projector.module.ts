import { ServiceCredentials } from '@lib/auth';
import {
  kafkaClient,
  KafkaJsBatchConsumerRunner,
  KafkaJsFeedProducer,
  KafkaJsTopicAdmin,
  TopicAdmin,
} from '@lib/kafka';
import {
  databasePoolProvider,
  MetricsRegistry,
  ServiceIdentity,
  workerLifecycle,
} from '@lib/platform';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { Pool } from 'pg';
import { ParkedMessages } from '../parked-messages';
import type { Projection } from '../projection';
import { ProjectionLag } from '../projection-lag';
import { ProjectionRunner } from '../projection-runner';
import { ProjectionOperationsController } from './projection-operations.controller';
import { ProjectionRebuilds } from './projection-rebuilds';
import { ProjectorEnvironment } from './projector.environment';
import { ServiceCredentialGuard } from './service-credential.guard';

export interface ProjectorOptions {
  projection: Projection;
  /** The projector's own PostgreSQL schema: its read model and the runner's tables. */
  schema: string;
}

/**
 * Runs one projection from the event feed into its schema, with its lag as a metric and the
 * operations admins need: lag per partition, parked messages (replay, skip) and rebuilds.
 */
@Module({})
export class ProjectorModule {
  static forRoot({ projection, schema }: ProjectorOptions): DynamicModule {
    const logger = new Logger(`Projection:${projection.name}`);
    const deadLetterTopic = (env: ProjectorEnvironment) =>
      `${env.KAFKA_TOPIC_PREFIX}leadership.projections.${projection.name}.dlq`;
    const runnerFor =
      (env: ProjectorEnvironment, service: ServiceIdentity, pool: Pool) =>
      (targetSchema: string, groupId: string) => {
        const kafka = kafkaClient({
          brokers: [...env.KAFKA_BROKERS],
          clientId: service.name,
          log: new Logger('kafkajs'),
        });
        return new ProjectionRunner(
          pool,
          projection,
          new KafkaJsBatchConsumerRunner(kafka),
          new KafkaJsFeedProducer(kafka),
          {
            schema: targetSchema,
            groupId,
            topicPrefix: env.KAFKA_TOPIC_PREFIX,
            maxAttempts: env.PROJECTION_MAX_ATTEMPTS,
            deadLetterTopic: deadLetterTopic(env),
            log: (message, error) => logger.warn({ err: error }, message),
          },
        );
      };
    const groupId = (env: ProjectorEnvironment) =>
      `${env.KAFKA_TOPIC_PREFIX}projection.${projection.name}`;
    return {
      module: ProjectorModule,
      controllers: [ProjectionOperationsController],
      providers: [
        databasePoolProvider,
        {
          provide: TopicAdmin,
          inject: [ProjectorEnvironment, ServiceIdentity],
          useFactory: (env: ProjectorEnvironment, service: ServiceIdentity) =>
            new KafkaJsTopicAdmin(
              kafkaClient({
                brokers: [...env.KAFKA_BROKERS],
                clientId: service.name,
                log: new Logger('kafkajs'),
              }),
            ),
        },
        {
          provide: ProjectionRunner,
          inject: [ProjectorEnvironment, ServiceIdentity, Pool],
          useFactory: (env: ProjectorEnvironment, service: ServiceIdentity, pool: Pool) =>
            runnerFor(env, service, pool)(schema, groupId(env)),
        },
        {
          provide: ParkedMessages,
          inject: [Pool],
          useFactory: (pool: Pool) => new ParkedMessages(pool, projection, schema),
        },
        {
          provide: ProjectionLag,
          inject: [Pool, TopicAdmin, ProjectionRunner, MetricsRegistry],
          useFactory: (
            pool: Pool,
            admin: TopicAdmin,
            runner: ProjectionRunner,
            metrics: MetricsRegistry,
          ) => {
            const lag = new ProjectionLag(
              pool,
              admin,
              projection.name,
              () => runner.topics,
              schema,
            );
            lag.register(metrics);
            return lag;
          },
        },
        {
          provide: ProjectionRebuilds,
          inject: [Pool, ProjectionRunner, TopicAdmin, ProjectorEnvironment, ServiceIdentity],
          useFactory: (
            pool: Pool,
            live: ProjectionRunner,
            admin: TopicAdmin,
            env: ProjectorEnvironment,
            service: ServiceIdentity,
          ) =>
            new ProjectionRebuilds(pool, projection, schema, live, admin, (shadowSchema) =>
              runnerFor(
                env,
                service,
                pool,
              )(shadowSchema, `${groupId(env)}.rebuild.${shadowSchema}`),
            ),
        },
        {
          provide: ServiceCredentials,
          inject: [ProjectorEnvironment],
          useFactory: (env: ProjectorEnvironment) =>
            new ServiceCredentials(env.SERVICE_CREDENTIAL_SECRET),
        },
        ServiceCredentialGuard,
        workerLifecycle({
          name: `${projection.name} projection`,
          inject: [ProjectionRunner, TopicAdmin, ProjectorEnvironment],
          useFactory: (runner: ProjectionRunner, admin: TopicAdmin, env: ProjectorEnvironment) => ({
            migrate: () => runner.migrate(),
            start: async () => {
              // kafkajs cannot subscribe or send to a missing topic.
              await admin.ensureTopics([
                ...runner.topics.map((topic) => ({ topic, numPartitions: 6, retentionMs: -1 })),
                { topic: deadLetterTopic(env), numPartitions: 1, retentionMs: -1 },
              ]);
              await runner.start();
            },
            stop: () => runner.stop(),
          }),
        }),
      ],
      exports: [Pool, ProjectionRunner, ProjectionLag, ParkedMessages],
    };
  }
}
