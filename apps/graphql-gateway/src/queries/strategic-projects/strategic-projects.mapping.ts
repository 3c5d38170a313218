import type { StrategicProjectView, SupportNeedView } from '@lib/read-models';
import { supportNeedOf } from '../project-risks/project-risk.mapping';
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
export const directorySupportNeedOf = (row: SupportNeedView): SupportNeed =>
  supportNeedOf({ ...row, promiseHistory: row.history });
