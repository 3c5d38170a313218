export * from './mutual-theme.entity';
export * from './mutual-themes.projection';
export * from './mutual-themes.queries';
export * from './mutual-themes.schema';
export * from './mutual-themes.writers';
