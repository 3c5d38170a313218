import type { StrategicProjectRisk, SupportCommitment } from '@lib/read-models';
import type { Freshness } from '../../consistency/read-model-freshness';
import type { ProjectRisk, RiskBand } from './project-risk.type';
import type { SupportNeed } from './support-need.type';

export function projectRiskOf(row: StrategicProjectRisk, freshness: Freshness): ProjectRisk {
  return {
    projectId: row.projectId,
    ownerId: row.ownerId,
    homeDivisionId: row.homeDivId,
    cycleId: row.cycleId,
    score: row.score,
    band: row.band as RiskBand,
    colour: row.colour,
    reasons: row.reasons.map((reason) => ({
      code: reason.code,
      needId: reason.needId,
      divisionId: reason.divisionId,
      severity: reason.s,
      weight: reason.beta,
      contribution: reason.contribution,
      thresholds: Object.entries(reason.thresholds).map(([name, value]) => ({ name, value })),
      evidence: [...reason.evidence],
      ruleVersion: reason.ruleVersion,
    })),
    evaluatedAt: row.evaluatedAt,
    ruleVersion: row.ruleVersion,
    stale: freshness.stale,
    lag: [...freshness.lag],
  };
}

/** What a need's API shape reads: the commitment ledger's row, or the directory's with its history. */
export type SupportNeedSource = Pick<
  SupportCommitment,
  | 'needId'
  | 'projectId'
  | 'supportingDivId'
  | 'keyContactId'
  | 'criticality'
  | 'capacity'
  | 'neededBy'
  | 'state'
  | 'deliverBy'
  | 'onTime'
  | 'slips'
  | 'declineReason'
  | 'promiseHistory'
>;

export function supportNeedOf(row: SupportNeedSource): SupportNeed {
  return {
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
    promiseHistory: [...row.promiseHistory],
  };
}
