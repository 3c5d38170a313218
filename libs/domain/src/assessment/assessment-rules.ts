/** The thresholds of the Trusted Leader assessment; everything else reads them from here. */
export const AssessmentRules = Object.freeze({
  /** Fewest and most peers a subject may invite to rate them in one round. */
  minRaters: 3,
  maxRaters: 12,
  /**
   * Peer results are shown only over at least this many ratings, and a shown result changes only
   * when at least this many more have arrived, so no difference of two results is one rating.
   */
  releaseThreshold: 5,
  /** Smallest group of assessed leaders an aggregate figure may describe. */
  minGroupSize: 5,
  /** Bump when the scoring below changes; every result carries it. */
  ruleVersion: 1,
});
