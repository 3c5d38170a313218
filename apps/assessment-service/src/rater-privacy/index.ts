export * from './rater-keyring';
export * from './rater-pseudonyms';
export * from './tenant-rater-keys';
