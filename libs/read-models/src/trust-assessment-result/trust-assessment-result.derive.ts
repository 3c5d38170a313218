import {
  AssessmentRules,
  type ComponentScores,
  explainTrust,
  meanScores,
  type TrustAnswer,
  trustInstrument,
  type TrustScore,
} from '@lib/domain';

/** What the projection keeps of an assessment: never who rated, only what was answered. */
export interface TrustAssessmentInputs {
  readonly tenantId: string;
  readonly assessmentId: string;
  readonly subjectId: string;
  readonly subjectDivId: string;
  readonly instrumentVersion: number;
  readonly selfAssessedAt: string;
  readonly self: Readonly<{ answers: readonly TrustAnswer[]; scores: ComponentScores }>;
  readonly invitedCount: number;
  readonly closed: boolean;
  /** In the order the ratings were stored in the stream. */
  readonly ratings: readonly Readonly<{
    answers: readonly TrustAnswer[];
    scores: ComponentScores;
  }>[];
}

export interface ItemGap {
  readonly item: string;
  readonly text: string;
  readonly self: number;
  readonly peers: number;
  /** Peers' mean minus the subject's own answer. */
  readonly gap: number;
}

export interface PeerResult {
  readonly ratingCount: number;
  readonly trust: TrustScore;
  /** Peers minus self, per component. */
  readonly gaps: ComponentScores;
  readonly widestGapItems: readonly ItemGap[];
}

export interface TrustAssessmentResult {
  readonly tenantId: string;
  readonly assessmentId: string;
  readonly subjectId: string;
  readonly subjectDivId: string;
  readonly instrumentVersion: number;
  readonly selfAssessedAt: string;
  readonly round: 'not_requested' | 'open' | 'closed';
  readonly invitedCount: number;
  /** Ratings received but not (yet) in the peer result. */
  readonly pendingCount: number;
  readonly self: TrustScore;
  /** Absent until enough ratings arrived to show them without exposing one. */
  readonly peers?: PeerResult;
  readonly ruleVersion: number;
}

const WIDEST_GAP_ITEMS = 3;

/**
 * A peer result covers the first multiple of the release threshold of ratings: nothing below 5,
 * then 5, then 10. Showing 6 after 5 would let the subject subtract one rating from the other.
 */
export function releasedRatingCount(received: number): number {
  const step = AssessmentRules.releaseThreshold;
  return Math.floor(received / step) * step;
}

export function deriveTrustAssessmentResult(inputs: TrustAssessmentInputs): TrustAssessmentResult {
  const instrument = trustInstrument(inputs.instrumentVersion);
  if (!instrument) throw new Error(`no instrument version ${inputs.instrumentVersion}`);
  const released = inputs.ratings.slice(0, releasedRatingCount(inputs.ratings.length));
  const { tenantId, assessmentId, subjectId, subjectDivId, instrumentVersion, selfAssessedAt } =
    inputs;
  return {
    tenantId,
    assessmentId,
    subjectId,
    subjectDivId,
    instrumentVersion,
    selfAssessedAt,
    round: inputs.closed ? 'closed' : inputs.invitedCount > 0 ? 'open' : 'not_requested',
    invitedCount: inputs.invitedCount,
    pendingCount: inputs.ratings.length - released.length,
    self: explainTrust(inputs.self.scores, instrument),
    ...(released.length === 0 ? {} : { peers: peerResult(inputs, released) }),
    ruleVersion: AssessmentRules.ruleVersion,
  };
}

function peerResult(
  inputs: TrustAssessmentInputs,
  released: TrustAssessmentInputs['ratings'],
): PeerResult {
  const instrument = trustInstrument(inputs.instrumentVersion)!;
  const peers = meanScores(released.map(({ scores }) => scores));
  const self = inputs.self.scores;
  const ownAnswer = new Map(inputs.self.answers.map(({ item, value }) => [item, value]));
  const items = instrument.items.map((item): ItemGap => {
    const values = released.map(({ answers }) => answers.find((a) => a.item === item.id)!.value);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const own = ownAnswer.get(item.id)!;
    return { item: item.id, text: item.selfText, self: own, peers: mean, gap: mean - own };
  });
  return {
    ratingCount: released.length,
    trust: explainTrust(peers, instrument),
    gaps: { C: peers.C - self.C, R: peers.R - self.R, I: peers.I - self.I, S: peers.S - self.S },
    widestGapItems: [...items]
      .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.item.localeCompare(b.item))
      .slice(0, WIDEST_GAP_ITEMS),
  };
}
