export * from './risk-evidence';
export * from './strategic-project-risk.entity';
export * from './strategic-project-risk.facts';
export * from './strategic-project-risk.projection';
export * from './strategic-project-risk.queries';
export * from './strategic-project-risk.schema';
