// The pure formulas of domain README §5 that the projections fold events into. Every result carries the
// version of the ScoringRules that produced it (§5.6).
export * from './scoring-rules';
export type { EpochMs } from './scoring-math';
export * from './rank-biased-overlap';
export * from './alignment';
export * from './company-alignment';
export * from './ties';
export * from './tie-network';
export * from './burt-constraint';
export * from './social-capital';
export * from './dyadic-capital';
export * from './risk-severities';
export * from './project-risk';
