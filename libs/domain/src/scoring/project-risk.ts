import {
  needSeverities,
  type NeedReasonCode,
  type NeedRiskInput,
  type ProjectStatusInput,
  statusSignalSeverity,
} from './risk-severities';
import { RISK_REASON_CODES, type RiskReasonCode, type ScoringRules } from './scoring-rules';
import { noneHappens } from './scoring-math';

// Strategic project risk, domain README §5.5: a noisy-OR over reason-coded severities, so every point of
// the score can be traced to a reason, and every reason to the events behind it (§7 item 2).

export type ProjectRiskInput = Readonly<{
  projectId: string;
  status: ProjectStatusInput;
  /** The project's open support needs. */
  needs: readonly NeedRiskInput[];
}>;

export type RiskBand = 'at_risk' | 'watch' | 'on_track';
export type RiskColour = 'red' | 'yellow' | 'green';

/** An event behind a reason; the projection fills these, the formula knows no events. */
export type RiskEvidence = Readonly<{ eventId: string; type: string; recordedAt: string }>;

export type RiskReason = Readonly<{
  code: RiskReasonCode;
  /** The need the reason belongs to; null for the project-level STATUS_SIGNAL. */
  needId: string | null;
  divisionId: string | null;
  s: number;
  beta: number;
  /** Leave-one-out, in whole score points: score − score without this reason. */
  contribution: number;
  /** The constants of this reason's severity formula, as the rules in force set them. */
  thresholds: Readonly<Record<string, number>>;
  evidence: readonly RiskEvidence[];
  ruleVersion: number;
}>;

export type ProjectRisk = Readonly<{
  projectId: string;
  /** Risk_p ∈ [0, 1]. */
  risk: number;
  /** round(100·Risk_p). */
  score: number;
  band: RiskBand;
  colour: RiskColour;
  /** Reasons with s > 0, the largest contribution first. */
  reasons: readonly RiskReason[];
  ruleVersion: number;
}>;

/** One β·s of the noisy-OR, located in the project: `needIndex` null for the project's own. */
type Term = Readonly<{
  code: RiskReasonCode;
  needIndex: number | null;
  need: NeedRiskInput | null;
  s: number;
  beta: number;
}>;

export function projectRisk(input: ProjectRiskInput, rules: ScoringRules): ProjectRisk {
  const terms = riskTerms(input, rules);
  const risk = aggregate(input, terms, rules);
  const score = Math.round(100 * risk);
  const reasons = terms
    .filter((term) => term.s > 0)
    .map((term) => ({ term, exact: risk - aggregate(input, terms, rules, term) }))
    .sort((x, y) => y.exact - x.exact || reasonOrder(x.term, y.term))
    .map(({ term, exact }) => reasonRecord(term, exact, rules));
  return {
    projectId: input.projectId,
    risk,
    score,
    ...riskBand(score, rules),
    reasons,
    ruleVersion: rules.version,
  };
}

/** Bands in Asana's vocabulary: ≥ 60 at risk (red), 30–59 watch (yellow), below on track. */
export function riskBand(
  score: number,
  rules: ScoringRules,
): { band: RiskBand; colour: RiskColour } {
  const { atRiskFrom, watchFrom } = rules.risk.bands;
  if (score >= atRiskFrom) return { band: 'at_risk', colour: 'red' };
  if (score >= watchFrom) return { band: 'watch', colour: 'yellow' };
  return { band: 'on_track', colour: 'green' };
}

/** Risk_n = 1 − Π_k (1 − β_k·s_k): each reason an independent chance of derailing the need. */
export function needRisk(need: NeedRiskInput, rules: ScoringRules): number {
  const severities = needSeverities(need, rules);
  return 1 - noneHappens(needCodes().map((code) => rules.risk.beta[code] * severities[code]));
}

function riskTerms(input: ProjectRiskInput, rules: ScoringRules): Term[] {
  const status: Term = {
    code: 'STATUS_SIGNAL',
    needIndex: null,
    need: null,
    s: statusSignalSeverity(input.status, rules),
    beta: rules.risk.beta.STATUS_SIGNAL,
  };
  const needTerms = input.needs.flatMap((need, needIndex) => {
    const severities = needSeverities(need, rules);
    return needCodes().map((code) => ({
      code,
      needIndex,
      need,
      s: severities[code],
      beta: rules.risk.beta[code],
    }));
  });
  return [...needTerms, status];
}

/**
 * Risk_p = 1 − (1 − β_7·s_7)·Π_n (1 − c_n·Risk_n), optionally without one term: the counterfactual
 * that prices that reason's leave-one-out contribution.
 */
function aggregate(
  input: ProjectRiskInput,
  terms: readonly Term[],
  rules: ScoringRules,
  without?: Term,
): number {
  const chance = (term: Term): number => (term === without ? 0 : term.beta * term.s);
  const projectChances = terms.filter((t) => t.needIndex === null).map(chance);
  const needChances = input.needs.map((need, index) => {
    const risk = 1 - noneHappens(terms.filter((t) => t.needIndex === index).map(chance));
    return rules.risk.needWeights[need.criticality] * risk;
  });
  return 1 - noneHappens([...projectChances, ...needChances]);
}

function reasonRecord(term: Term, exact: number, rules: ScoringRules): RiskReason {
  return {
    code: term.code,
    needId: term.need?.needId ?? null,
    divisionId: term.need?.divisionId ?? null,
    s: term.s,
    beta: term.beta,
    contribution: Math.round(100 * exact),
    thresholds: rules.risk.severity[term.code],
    evidence: [],
    ruleVersion: rules.version,
  };
}

/** Equal contributions keep a stable order: by reason code (R1 first), then the needs' order. */
function reasonOrder(x: Term, y: Term): number {
  const byCode = RISK_REASON_CODES.indexOf(x.code) - RISK_REASON_CODES.indexOf(y.code);
  return byCode || (x.needIndex ?? -1) - (y.needIndex ?? -1);
}

function needCodes(): NeedReasonCode[] {
  return RISK_REASON_CODES.filter((code): code is NeedReasonCode => code !== 'STATUS_SIGNAL');
}
