export * from './presentation.entity';
export * from './presentations.projection';
export * from './presentations.queries';
export * from './presentations.schema';
export * from './presentations.writers';
