export * from './divisions.projection';
export * from './leaders.projection';
export * from './org-chart.entities';
export * from './org-chart.queries';
export * from './org-chart.schema';
export * from './org-chart.writers';
export * from './planning-cycles.projection';
