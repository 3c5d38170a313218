export * from './org-directory';
export * from './queryable';
