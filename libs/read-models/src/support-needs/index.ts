export * from './support-need.entity';
export * from './support-needs.projection';
export * from './support-needs.queries';
export * from './support-needs.schema';
export * from './support-needs.writers';
