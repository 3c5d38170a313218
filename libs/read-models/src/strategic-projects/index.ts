export * from './strategic-project.entity';
export * from './strategic-projects.projection';
export * from './strategic-projects.queries';
export * from './strategic-projects.schema';
export * from './strategic-projects.writers';
