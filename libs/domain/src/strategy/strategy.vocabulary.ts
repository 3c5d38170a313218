// The closed vocabularies of the strategy context (domain README §2–3). They mirror the public contract's
// vocabulary, and strategy.conformance.ts in libs/contracts proves that every event still has its shape.

export type ProjectTier = 'T1' | 'T2' | 'T3';
export type RagStatus = 'red' | 'amber' | 'green';
export type ProjectOutcome = 'achieved' | 'partially_achieved' | 'not_achieved' | 'cancelled';
export type Criticality = 'blocking' | 'important' | 'nice';
export type PortfolioItemKind = 'theme' | 'project' | 'need';

// A list, not only a type: a decline must carry one of these (a rule of the domain, not of the input).
export const SupportDeclineReasons = [
  'no_capacity',
  'conflicting_priorities',
  'not_our_area',
  'timing',
  'other',
] as const;
export type SupportDeclineReason = (typeof SupportDeclineReasons)[number];
