export * from './shared/decider';
export * from './shared/domain-errors';
export * from './shared/exhaustive';
