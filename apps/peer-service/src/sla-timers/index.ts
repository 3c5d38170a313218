export * from './sla-breach-recorder';
export * from './sla-timer-poller';
export * from './sla-timer-schedule';
export * from './sla-timer.store';
export * from './sla-timers.providers';
