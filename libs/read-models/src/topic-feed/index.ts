export * from './topic-feed';
export * from './topic-feed.module';
