export * from './strategy-projects';
export * from './strategy-projects-feed.module';
