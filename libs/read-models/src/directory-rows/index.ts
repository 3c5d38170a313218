export * from './directory-event';
export * from './division-remap';
export * from './row-store';
