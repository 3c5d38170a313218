export * from './errors';
export * from './event-store';
export * from './postgres/migrations';
export {
  notificationChannel,
  PgEventStore,
  type PgEventStoreOptions,
} from './postgres/pg-event-store';
export * from './upcasting/upcasters';
export * from './command-handling/command-handler';
export * from './snapshots/pg-snapshot-store';
export * from './relay/event-relay';
export * from './relay/relay-checkpoints';
export * from './relay/feed-route';
export * from './upcasting/feed-upcasters';
