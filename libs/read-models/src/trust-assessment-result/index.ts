export * from './trust-assessment-result.derive';
export * from './trust-assessment-result.projection';
export * from './trust-assessment-result.queries';
export * from './trust-assessment-result.schema';
