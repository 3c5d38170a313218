import type { Event } from '../../shared/decider';
import type { ProjectOutcome, ProjectTier, RagStatus } from '../strategy.vocabulary';

// Data shapes are those of the public contract (libs/contracts/src/events/strategy.events.ts).

export type StrategicProjectRegisteredData = Readonly<{
  projectId: string;
  name: string;
  ownerId: string;
  homeDivId: string;
  themeIds: readonly string[];
  tier: ProjectTier;
  startAt: string;
  targetAt: string;
}>;

export type ProjectStatusReportedData = Readonly<{
  projectId: string;
  reportedBy: string;
  rag: RagStatus;
  confidence: number;
  note?: string;
}>;

export type ProjectOwnerChangedData = Readonly<{
  projectId: string;
  previousOwnerId: string;
  ownerId: string;
  ownerDivId: string;
}>;

export type ProjectClosedData = Readonly<{ projectId: string; outcome: ProjectOutcome }>;

export type StrategicProjectRegistered = Event<
  'StrategicProjectRegistered',
  StrategicProjectRegisteredData
>;
export type ProjectStatusReported = Event<'ProjectStatusReported', ProjectStatusReportedData>;
export type ProjectOwnerChanged = Event<'ProjectOwnerChanged', ProjectOwnerChangedData>;
export type ProjectClosed = Event<'ProjectClosed', ProjectClosedData>;

export type StrategicProjectEvent =
  StrategicProjectRegistered | ProjectStatusReported | ProjectOwnerChanged | ProjectClosed;
