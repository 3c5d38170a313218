import type { Criticality, RagStatus } from '../strategy/strategy.vocabulary';
import type { RiskReasonCode, ScoringRules } from './scoring-rules';
import { clip01 } from './scoring-math';

// The severities s_k ∈ [0, 1] of domain README §5.5, each from plain facts the projection has already
// counted (days are whole or fractional days at the evaluation instant). R1–R6 belong to one open
// support need; R7 to the project.

export type NeedReasonCode = Exclude<RiskReasonCode, 'STATUS_SIGNAL'>;

/** Where the need stands with the supporting division's commitment (R2). */
export type NeedCommitment =
  | Readonly<{ state: 'pending'; ageDays: number }>
  | Readonly<{ state: 'declined' }>
  /** slipDays: how far the counter-proposal's deliverBy lies past the need's neededBy. */
  | Readonly<{ state: 'counter_proposed'; slipDays: number }>
  | Readonly<{ state: 'committed' }>;

export type NeedRiskInput = Readonly<{
  needId: string;
  /** E, the supporting division. */
  divisionId: string;
  criticality: Criticality;
  /** R1: π_H(p) and π_E(n), null while E has not ranked the need. */
  priority: Readonly<{
    project: number;
    need: number | null;
    daysSinceDeclared: number;
    cycleLocked: boolean;
  }>;
  commitment: NeedCommitment;
  /** R3: DSC_{o,E}. */
  dyadicCapital: number;
  /** R4: requests from the project team to E's leaders now in SLA breach. */
  requestsPastSla: number;
  /** R5: OI of the key contact (else E's top recipient of project requests); null if nobody. */
  keyPeerOverload: number | null;
  /** R6: reported slips, and days past the promised deliverBy (0 when not yet due). */
  delivery: Readonly<{ slips: number; overdueDays: number }>;
}>;

export type ProjectStatusInput = Readonly<{
  /** The last ProjectStatusReported; null fields when the owner never reported. */
  rag: RagStatus | null;
  confidence: number | null;
  /** Days since the last status update, or since registration when there has been none. */
  daysSinceStatus: number;
}>;

export function needSeverities(
  need: NeedRiskInput,
  rules: ScoringRules,
): Record<NeedReasonCode, number> {
  return {
    UNDER_PRIORITISED: underPrioritisedSeverity(need.priority, rules),
    NOT_COMMITTED: notCommittedSeverity(need.commitment, rules),
    LOW_CAPITAL_WITH_DIVISION: lowCapitalSeverity(need.dyadicCapital, rules),
    REQUESTS_PAST_SLA: requestsPastSlaSeverity(need.requestsPastSla, rules),
    KEY_PEER_OVERLOADED: keyPeerOverloadedSeverity(need.keyPeerOverload, rules),
    DELIVERY_SLIPPED: deliverySlippedSeverity(need.delivery, rules),
  };
}

/**
 * R1 = clip((π_H(p) − π_E(n))/0.5). An unranked need gets a grace period: E has had no chance to
 * rank it yet, so it scores 0 until 7 days after the declaration (or the cycle locks), then 1.
 */
export function underPrioritisedSeverity(
  priority: NeedRiskInput['priority'],
  rules: ScoringRules,
): number {
  const t = rules.risk.severity.UNDER_PRIORITISED;
  if (priority.need === null) {
    return priority.cycleLocked || priority.daysSinceDeclared >= t.unrankedGraceDays ? 1 : 0;
  }
  return clip01((priority.project - priority.need) / t.gapForFull);
}

/** R2: declined 1; pending clip((age − 7)/14); counter-proposal clip(slip/30); committed 0. */
export function notCommittedSeverity(commitment: NeedCommitment, rules: ScoringRules): number {
  const t = rules.risk.severity.NOT_COMMITTED;
  switch (commitment.state) {
    case 'declined':
      return 1;
    case 'pending':
      return clip01((commitment.ageDays - t.pendingGraceDays) / t.pendingRampDays);
    case 'counter_proposed':
      return clip01(commitment.slipDays / t.slipDaysForFull);
    case 'committed':
      return 0;
  }
}

/** R3 = clip((0.5 − DSC)/0.5). */
export function lowCapitalSeverity(dyadicCapital: number, rules: ScoringRules): number {
  const { capitalFloor } = rules.risk.severity.LOW_CAPITAL_WITH_DIVISION;
  return clip01((capitalFloor - dyadicCapital) / capitalFloor);
}

/** R4 = min(1, m/2). */
export function requestsPastSlaSeverity(breaches: number, rules: ScoringRules): number {
  return clip01(breaches / rules.risk.severity.REQUESTS_PAST_SLA.breachesForFull);
}

/** R5 = clip((OI − 0.7)/0.3): from the routing threshold up to overloaded. */
export function keyPeerOverloadedSeverity(overload: number | null, rules: ScoringRules): number {
  if (overload === null) return 0;
  const t = rules.risk.severity.KEY_PEER_OVERLOADED;
  return clip01((overload - t.overloadFrom) / t.overloadRamp);
}

/** R6 = min(1, slips/2 + overdue_d/14). */
export function deliverySlippedSeverity(
  delivery: NeedRiskInput['delivery'],
  rules: ScoringRules,
): number {
  const t = rules.risk.severity.DELIVERY_SLIPPED;
  return clip01(delivery.slips / t.slipsForFull + delivery.overdueDays / t.overdueDaysForFull);
}

/** R7 = max(red 1 / amber 0.5, clip((5 − confidence)/5), 0.5 if no update in 21 days). */
export function statusSignalSeverity(status: ProjectStatusInput, rules: ScoringRules): number {
  const t = rules.risk.severity.STATUS_SIGNAL;
  const rag = status.rag === 'red' ? t.red : status.rag === 'amber' ? t.amber : 0;
  const confidence =
    status.confidence === null
      ? 0
      : clip01((t.confidenceFloor - status.confidence) / t.confidenceFloor);
  const stale = status.daysSinceStatus > t.staleAfterDays ? t.stale : 0;
  return Math.max(rag, confidence, stale);
}
