export * from './kafkajs/kafkajs-batch-consumer';
export * from './kafkajs/kafkajs-client';
export * from './kafkajs/kafkajs-feed-producer';
export * from './kafkajs/kafkajs-topic-admin';
export * from './ports';
export * from './message-headers';
