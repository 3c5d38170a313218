import type { Event } from '../../shared/decider';

/** `unspecified` is what a first-version `LeaderRegistered` reads as: it did not record a level. */
export type LeaderLevel = 'executive' | 'senior' | 'middle' | 'first_line' | 'unspecified';

// Every event names the leader's division at that moment, so a later move never rewrites history.

export type LeaderRegisteredData = {
  leaderId: string;
  divisionId: string;
  managerId?: string;
  name: string;
  level: LeaderLevel;
};

export type LeaderDivisionChangedData = {
  leaderId: string;
  from: string;
  to: string;
  effectiveAt: string;
};

export type LeaderCapacityDeclaredData = { leaderId: string; divisionId: string; maxOpen: number };

export type LeaderDeactivatedData = { leaderId: string; divisionId: string };

export type FocusAreasSharedData = {
  leaderId: string;
  divisionId: string;
  cycleId: string;
  themeIds: readonly string[];
};

export type LeaderRegistered = Event<'LeaderRegistered', LeaderRegisteredData>;
export type LeaderDivisionChanged = Event<'LeaderDivisionChanged', LeaderDivisionChangedData>;
export type LeaderCapacityDeclared = Event<'LeaderCapacityDeclared', LeaderCapacityDeclaredData>;
export type LeaderDeactivated = Event<'LeaderDeactivated', LeaderDeactivatedData>;
export type FocusAreasShared = Event<'FocusAreasShared', FocusAreasSharedData>;

export type LeaderEvent =
  | LeaderRegistered
  | LeaderDivisionChanged
  | LeaderCapacityDeclared
  | LeaderDeactivated
  | FocusAreasShared;
