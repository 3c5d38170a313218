import type { StrategicProjectView, SupportNeedView } from '@lib/read-models';
import type { SupportNeed } from '../project-risks/support-need.type';
import type { StrategicProject, StrategicProjectStatus } from './strategic-project.type';

export const strategicProjectOf = (row: StrategicProjectView): StrategicProject => ({
  projectId: row.projectId,
  name: row.name,
  ownerId: row.ownerId,
  homeDivisionId: row.homeDivId,
  themeIds: row.themeIds,
  tier: row.tier,
  startAt: row.startAt,
  targetAt: row.targetAt,
  status: row.status as StrategicProjectStatus,
  outcome: row.outcome,
  rag: row.rag,
  confidence: row.confidence,
  statusReportedAt: row.statusReportedAt,
});

/** A directory need in the API's SupportNeed shape: its history is its commitment history. */
export const directorySupportNeedOf = (row: SupportNeedView): SupportNeed => ({
  needId: row.needId,
  projectId: row.projectId,
  supportingDivisionId: row.supportingDivId,
  keyContactId: row.keyContactId,
  criticality: row.criticality,
  capacity: row.capacity,
  neededBy: row.neededBy,
  state: row.state,
  deliverBy: row.deliverBy,
  onTime: row.onTime,
  slips: row.slips,
  declineReason: row.declineReason,
  promiseHistory: [...row.history],
});
