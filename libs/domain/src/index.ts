export * from './shared/decider';
export * from './shared/domain-errors';
export * from './shared/exhaustive';
export * from './shared/stream-id';
export * from './shared/time';
export * from './org';
export * from './peer';
export * from './strategy';
