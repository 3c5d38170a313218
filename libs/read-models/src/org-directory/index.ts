export * from './org-directory';
export * from './org-directory.feed';
export * from './org-directory.projection';
export * from './org-directory.schema';
