export * from './assessment-aggregates.derive';
export * from './assessment-aggregates.queries';
