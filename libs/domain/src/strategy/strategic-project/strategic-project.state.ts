import type { ProjectOutcome } from '../strategy.vocabulary';

/** What the rules need of a project: who owns it and which division runs it, until it closes. */
export type StrategicProjectState =
  | Readonly<{ status: 'unregistered' }>
  | Readonly<{ status: 'active'; projectId: string; ownerId: string; homeDivisionId: string }>
  | Readonly<{ status: 'closed'; projectId: string; outcome: ProjectOutcome }>;

export type ActiveProject = Extract<StrategicProjectState, { status: 'active' }>;
