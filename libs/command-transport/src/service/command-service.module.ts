import { ServiceCredentials } from '@lib/auth';
import { prefixTopic, type Topic } from '@lib/contracts';
import { kafkaClient, KafkaJsFeedProducer, KafkaJsTopicAdmin } from '@lib/kafka';
import {
  Clock,
  databasePoolProvider,
  MetricsRegistry,
  SeedClock,
  ServiceIdentity,
  SystemClock,
  workerLifecycle,
} from '@lib/platform';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { Pool } from 'pg';
import {
  CommandHandler,
  EventRelay,
  EventStore,
  feedRoute,
  feedUpcasters,
  type InlineProjection,
  migrateEventStore,
  PgEventStore,
  PgSnapshotStore,
} from '@lib/event-store';
import { CommandGateway } from './command-gateway';
import { CommandServiceEnvironment } from './command-service.environment';
import { SeedClockController } from './seed-clock.controller';

export interface CommandServiceOptions {
  /** The service's own PostgreSQL schema: its event table, snapshots and local read models. */
  schema: string;
  /** The feed topic the service owns and its relay publishes to. */
  topic: Topic;
  /** Read models kept in the same transaction as the service's own events. */
  inlineReadModels?: InlineReadModel[];
}

export interface InlineReadModel {
  /** Creates the read model's tables; runs at start, after the event store's migrations. */
  migrate(pool: Pool): Promise<void>;
  project: InlineProjection;
}

/** The pieces of one command service's event store, owned by this module's lifecycle. */
export abstract class CommandServiceSettings {
  abstract readonly schema: string;
  abstract readonly topic: string;
  abstract readonly inlineReadModels: InlineReadModel[];
}

/**
 * Everything a command service needs to take commands: its event store (in its own schema),
 * load → decide → append, the command gateway, and the relay that publishes to its topic.
 */
@Module({})
export class CommandServiceModule {
  static forRoot(options: CommandServiceOptions): DynamicModule {
    const logger = new Logger('CommandService');
    return {
      module: CommandServiceModule,
      global: true,
      controllers: [SeedClockController],
      providers: [
        {
          provide: CommandServiceSettings,
          inject: [CommandServiceEnvironment],
          useFactory: (env: CommandServiceEnvironment): CommandServiceSettings => ({
            schema: options.schema,
            topic: prefixTopic(env.KAFKA_TOPIC_PREFIX, options.topic),
            inlineReadModels: options.inlineReadModels ?? [],
          }),
        },
        databasePoolProvider,
        {
          provide: PgEventStore,
          inject: [Pool],
          useFactory: (pool: Pool) =>
            new PgEventStore(pool, {
              schema: options.schema,
              upcasters: feedUpcasters,
              inlineProjections: (options.inlineReadModels ?? []).map(
                (readModel) => readModel.project,
              ),
            }),
        },
        { provide: EventStore, useExisting: PgEventStore },
        {
          provide: PgSnapshotStore,
          inject: [Pool],
          useFactory: (pool: Pool) => new PgSnapshotStore(pool, options.schema),
        },
        {
          provide: CommandHandler,
          inject: [PgEventStore, PgSnapshotStore],
          useFactory: (store: PgEventStore, snapshots: PgSnapshotStore) =>
            new CommandHandler(store, snapshots),
        },
        {
          provide: ServiceCredentials,
          inject: [CommandServiceEnvironment],
          useFactory: (env: CommandServiceEnvironment) =>
            new ServiceCredentials(env.SERVICE_CREDENTIAL_SECRET),
        },
        {
          provide: Clock,
          inject: [CommandServiceEnvironment],
          useFactory: (env: CommandServiceEnvironment): Clock =>
            env.COMMAND_CLOCK === 'seed' ? new SeedClock() : new SystemClock(),
        },
        {
          provide: CommandGateway,
          inject: [CommandHandler, ServiceCredentials, ServiceIdentity, Clock],
          useFactory: (
            handler: CommandHandler,
            credentials: ServiceCredentials,
            service: ServiceIdentity,
            clock: Clock,
          ) =>
            new CommandGateway(handler, credentials, service, clock, (error) =>
              logger.error({ err: error }, 'a command failed unexpectedly'),
            ),
        },
        {
          provide: EventRelay,
          inject: [
            Pool,
            PgEventStore,
            CommandServiceEnvironment,
            ServiceIdentity,
            CommandServiceSettings,
            MetricsRegistry,
          ],
          useFactory: (
            pool: Pool,
            store: PgEventStore,
            env: CommandServiceEnvironment,
            service: ServiceIdentity,
            settings: CommandServiceSettings,
            metrics: MetricsRegistry,
          ) => {
            const kafka = kafkaClient({
              brokers: [...env.KAFKA_BROKERS],
              clientId: service.name,
              log: new Logger('kafkajs'),
            });
            return new EventRelay(
              pool,
              store,
              new KafkaJsFeedProducer(kafka),
              new KafkaJsTopicAdmin(kafka),
              {
                name: service.name,
                topics: [
                  {
                    topic: settings.topic,
                    numPartitions: env.FEED_TOPIC_PARTITIONS,
                    retentionMs: -1,
                  },
                ],
                route: feedRoute({ source: service.name, topicPrefix: env.KAFKA_TOPIC_PREFIX }),
                batchSize: env.RELAY_BATCH_SIZE,
                metrics,
                log: (message, error) =>
                  error ? logger.warn({ err: error }, message) : logger.log(message),
              },
            );
          },
        },
        workerLifecycle({
          name: 'event relay',
          inject: [Pool, CommandServiceSettings, EventRelay],
          useFactory: (pool: Pool, settings: CommandServiceSettings, relay: EventRelay) => ({
            migrate: async () => {
              await migrateEventStore(pool, settings.schema);
              for (const readModel of settings.inlineReadModels) await readModel.migrate(pool);
            },
            start: () => relay.start(),
            stop: () => relay.stop(),
          }),
        }),
      ],
      exports: [
        Pool,
        PgEventStore,
        EventStore,
        CommandHandler,
        CommandGateway,
        ServiceCredentials,
        Clock,
        CommandServiceSettings,
        EventRelay,
      ],
    };
  }
}
