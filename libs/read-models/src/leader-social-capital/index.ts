export * from './leader-social-capital.entity';
export * from './leader-social-capital.projection';
export * from './leader-social-capital.queries';
export * from './leader-social-capital.schema';
