export * from './mutual-theme.commands';
export * from './mutual-theme.decider';
export * from './mutual-theme.events';
export * from './mutual-theme.state';
