// The feeds command services follow, as Nest modules on the projection runtime. Apart from the
// library's main entry, which the projection runtime itself imports.
export * from './topic-feed/topic-feed';
export * from './topic-feed/topic-feed.module';
export * from './org-directory/org-directory-feed.module';
