import type { RequestEffort } from '../peer/peer-request/peer-request.events';
import type { Criticality } from '../strategy/strategy.vocabulary';

// Every weight and threshold of domain README §5 in one versioned value (§5.6). They are priors, not
// fitted values (§8), so a projection never hard-codes one: it folds with the rules it was given
// and stamps their version on each result, which is what lets a rule change be replayed in shadow
// and diffed against reality (§7 items 4–5).

/** The seven reason codes of §5.5, R1 to R7 in order. */
export const RISK_REASON_CODES = [
  'UNDER_PRIORITISED',
  'NOT_COMMITTED',
  'LOW_CAPITAL_WITH_DIVISION',
  'REQUESTS_PAST_SLA',
  'KEY_PEER_OVERLOADED',
  'DELIVERY_SLIPPED',
  'STATUS_SIGNAL',
] as const;
export type RiskReasonCode = (typeof RISK_REASON_CODES)[number];

export type SocialCapitalComponent =
  'giving' | 'giverBalance' | 'mutuality' | 'crossDivisionBreadth' | 'brokerage' | 'reliability';

export type ScoringRules = Readonly<{
  version: number;
  /** §5.1: the decayed tie ledger. */
  ties: Readonly<{
    halfLifeDays: number;
    /** ε: a pair whose summed weight exceeds this is an active tie. */
    activeThreshold: number;
    /** A tie is dormant once silent for more than this many mean inter-event gaps. */
    dormancyGapMultiple: number;
  }>;
  /** §5.1: what each completed act of help is worth, in help units. */
  helpUnits: Readonly<{
    effort: Readonly<Record<RequestEffort, number>>;
    /** q = qualityBase + qualityStep·(helpfulness − 1); unacknowledgedQuality when never rated. */
    qualityBase: number;
    qualityStep: number;
    unacknowledgedQuality: number;
    connectorCredit: number;
    presenterToHost: number;
    hostToPresenter: number;
  }>;
  /** §5.2: leader social capital. */
  socialCapital: Readonly<{
    weights: Readonly<Record<SocialCapitalComponent, number>>;
    /** C2 = min(1, B/giverBalanceTarget). */
    giverBalanceTarget: number;
    /** C4 divides by min(divisions − 1, breadthDivisionCap). */
    breadthDivisionCap: number;
    /** α of the Bayesian prior in C6. */
    reliabilityPriorWeight: number;
    /** n_i of C6 counts requests due in this many days. */
    reliabilityWindowDays: number;
  }>;
  /** §5.2: dyadic capital of an owner with a division. */
  dyadicCapital: Readonly<{
    /** S = 1 − e^{−(give+recv)/strengthScale}. */
    strengthScale: number;
    /** The ρ term is min(1, ρ/balanceTarget). */
    balanceTarget: number;
    weights: Readonly<{ strength: number; balance: number; contact: number }>;
  }>;
  /** §5.3: peer overload (the index itself is the peer context's, peer/overload-index.ts). */
  overload: Readonly<{
    windowDays: number;
    defaultCapacity: number;
    zScoreDivisor: number;
    meanLoadMultiple: number;
    overloadedFrom: number;
    consecutiveEvaluations: number;
    clearedBelow: number;
    alternateBelow: number;
    top5ShareRedAbove: number;
    giniRedAbove: number;
  }>;
  /** §5.4: division priority alignment. */
  alignment: Readonly<{
    rboPersistence: number;
    themeWeight: number;
    supportWeight: number;
    criticalityWeights: Readonly<Record<Criticality, number>>;
    worstPairCount: number;
  }>;
  /** §5.5: strategic project risk. */
  risk: Readonly<{
    beta: Readonly<Record<RiskReasonCode, number>>;
    /** c_n: how much of a need's risk reaches its project. */
    needWeights: Readonly<Record<Criticality, number>>;
    bands: Readonly<{ atRiskFrom: number; watchFrom: number }>;
    severity: RiskSeverityThresholds;
  }>;
}>;

/** The constants inside each severity formula of §5.5, also reported on each reason record. */
export type RiskSeverityThresholds = Readonly<{
  UNDER_PRIORITISED: Readonly<{ gapForFull: number; unrankedGraceDays: number }>;
  NOT_COMMITTED: Readonly<{
    pendingGraceDays: number;
    pendingRampDays: number;
    slipDaysForFull: number;
  }>;
  LOW_CAPITAL_WITH_DIVISION: Readonly<{ capitalFloor: number }>;
  REQUESTS_PAST_SLA: Readonly<{ breachesForFull: number }>;
  KEY_PEER_OVERLOADED: Readonly<{ overloadFrom: number; overloadRamp: number }>;
  DELIVERY_SLIPPED: Readonly<{ slipsForFull: number; overdueDaysForFull: number }>;
  STATUS_SIGNAL: Readonly<{
    red: number;
    amber: number;
    confidenceFloor: number;
    staleAfterDays: number;
    stale: number;
  }>;
}>;

export const DEFAULT_SCORING_RULES: ScoringRules = {
  version: 1,
  ties: { halfLifeDays: 90, activeThreshold: 0.25, dormancyGapMultiple: 8 },
  helpUnits: {
    effort: { S: 1, M: 2, L: 4 },
    qualityBase: 0.6,
    qualityStep: 0.2,
    unacknowledgedQuality: 1,
    connectorCredit: 0.25,
    presenterToHost: 3,
    hostToPresenter: 1,
  },
  socialCapital: {
    weights: {
      giving: 0.2,
      giverBalance: 0.1,
      mutuality: 0.15,
      crossDivisionBreadth: 0.2,
      brokerage: 0.15,
      reliability: 0.2,
    },
    giverBalanceTarget: 0.6,
    breadthDivisionCap: 8,
    reliabilityPriorWeight: 5,
    reliabilityWindowDays: 180,
  },
  dyadicCapital: {
    strengthScale: 3,
    balanceTarget: 0.5,
    weights: { strength: 0.5, balance: 0.3, contact: 0.2 },
  },
  overload: {
    windowDays: 28,
    defaultCapacity: 5,
    zScoreDivisor: 3,
    meanLoadMultiple: 4,
    overloadedFrom: 1,
    consecutiveEvaluations: 2,
    clearedBelow: 0.8,
    alternateBelow: 0.7,
    top5ShareRedAbove: 0.35,
    giniRedAbove: 0.6,
  },
  alignment: {
    rboPersistence: 0.9,
    themeWeight: 0.4,
    supportWeight: 0.6,
    criticalityWeights: { blocking: 3, important: 2, nice: 1 },
    worstPairCount: 5,
  },
  risk: {
    beta: {
      UNDER_PRIORITISED: 0.35,
      NOT_COMMITTED: 0.45,
      LOW_CAPITAL_WITH_DIVISION: 0.25,
      REQUESTS_PAST_SLA: 0.3,
      KEY_PEER_OVERLOADED: 0.2,
      DELIVERY_SLIPPED: 0.5,
      STATUS_SIGNAL: 0.3,
    },
    needWeights: { blocking: 1, important: 0.6, nice: 0.3 },
    bands: { atRiskFrom: 60, watchFrom: 30 },
    severity: {
      UNDER_PRIORITISED: { gapForFull: 0.5, unrankedGraceDays: 7 },
      NOT_COMMITTED: { pendingGraceDays: 7, pendingRampDays: 14, slipDaysForFull: 30 },
      LOW_CAPITAL_WITH_DIVISION: { capitalFloor: 0.5 },
      REQUESTS_PAST_SLA: { breachesForFull: 2 },
      KEY_PEER_OVERLOADED: { overloadFrom: 0.7, overloadRamp: 0.3 },
      DELIVERY_SLIPPED: { slipsForFull: 2, overdueDaysForFull: 14 },
      STATUS_SIGNAL: { red: 1, amber: 0.5, confidenceFloor: 5, staleAfterDays: 21, stale: 0.5 },
    },
  },
};
