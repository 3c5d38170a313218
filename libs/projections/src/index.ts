export * from './parked-messages';
export * from './projection';
export * from './projection-lag';
export * from './projection-runner';
export * from './projection-runtime.schema';
export * from './projection-rebuild';
