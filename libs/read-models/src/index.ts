export * from './org-directory';
export * from './queryable';
export * from './division-pair-alignment';
export * from './company-alignment';
