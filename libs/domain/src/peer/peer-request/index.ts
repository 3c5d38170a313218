export * from './peer-request.commands';
export * from './peer-request.decider';
export * from './peer-request.events';
export * from './peer-request.state';
export { slaDeadlines, type SlaTimer } from './sla-timers';
