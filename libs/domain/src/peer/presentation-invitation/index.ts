export * from './presentation-invitation.commands';
export * from './presentation-invitation.decider';
export * from './presentation-invitation.events';
export * from './presentation-invitation.state';
