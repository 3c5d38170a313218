import { DEFAULT_SCORING_RULES, type ScoringRules } from '@lib/domain';

/**
 * The scoring rules the service decides and counts with (the overload warning, the load window,
 * a leader's default capacity, the effort weights, the rules version a breach records), injected
 * as one value so that no part of the service keeps a copy of a rule.
 */
export class PeerScoringRules {
  constructor(readonly rules: ScoringRules = DEFAULT_SCORING_RULES) {}
}
