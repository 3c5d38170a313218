export * from './eventually';
export * from './kafka-topics';
export * from './test-environment';
export * from './decider-spec';
export * from './feed-reader';
export * from './org-feed';
