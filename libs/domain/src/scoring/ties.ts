import type { RequestEffort } from '../peer/peer-request/peer-request.events';
import type { ScoringRules } from './scoring-rules';
import { type EpochMs, MS_PER_DAY, sumOf } from './scoring-math';

// Help units and the decayed tie ledger, domain README §5.1. A tie is directed (a→b: what a gave b) and
// decays with a half-life, so recent help counts more than old help and a relationship left alone
// fades instead of holding its capital forever.

/** A completed act of help, as the projection reads it from the peer events. */
export type HelpAct =
  | Readonly<{
      kind: 'request_fulfilled';
      requesterId: string;
      recipientId: string;
      effort: RequestEffort;
      /** 1..5 from PeerRequestAcknowledged; absent while the requester has not acknowledged. */
      helpfulness?: number;
    }>
  /** A decline or redirect that named a peer who then fulfilled the request (Cross's connectors). */
  | Readonly<{ kind: 'connector_credited'; connectorId: string; requesterId: string }>
  | Readonly<{ kind: 'presentation_delivered'; hostId: string; presenterId: string }>;

/** Units u flowing from giver to receiver. */
export type HelpTransfer = Readonly<{ giverId: string; receiverId: string; units: number }>;

/**
 * W_{a→b} as stored: the weight as of the last interaction, plus what dormancy needs. Keeping the
 * first interaction makes the mean gap (last − first)/(count − 1) exact in any folding order.
 */
export type DirectedTie = Readonly<{
  /** W at `lastAt`. */
  weight: number;
  firstAt: EpochMs;
  lastAt: EpochMs;
  count: number;
}>;

export function helpTransfers(act: HelpAct, rules: ScoringRules): HelpTransfer[] {
  const units = rules.helpUnits;
  switch (act.kind) {
    case 'request_fulfilled':
      return [
        {
          giverId: act.recipientId,
          receiverId: act.requesterId,
          units: units.effort[act.effort] * helpQuality(act.helpfulness, rules),
        },
      ];
    case 'connector_credited':
      return [
        { giverId: act.connectorId, receiverId: act.requesterId, units: units.connectorCredit },
      ];
    case 'presentation_delivered':
      // The presenter gives the host's team their time; the host gives them a platform.
      return [
        { giverId: act.presenterId, receiverId: act.hostId, units: units.presenterToHost },
        { giverId: act.hostId, receiverId: act.presenterId, units: units.hostToPresenter },
      ];
  }
}

/** q = 0.6 + 0.2·(helpfulness − 1): 0.6 for "not helpful" up to 1.4; 1.0 when never rated. */
export function helpQuality(helpfulness: number | undefined, rules: ScoringRules): number {
  const { qualityBase, qualityStep, unacknowledgedQuality } = rules.helpUnits;
  return helpfulness === undefined
    ? unacknowledgedQuality
    : qualityBase + qualityStep * (helpfulness - 1);
}

/** W(T) = W·2^{−(T − t_last)/τ}: the tie's weight read at T (T ≥ t_last). */
export function decayTo(tie: DirectedTie, at: EpochMs, rules: ScoringRules): number {
  return tie.weight * decayFactor(at - tie.lastAt, rules);
}

/**
 * The tie after u more units at t. An act older than the last one (a late-recorded event) is
 * decayed to t_last instead, so W stays Σ u_k·2^{−(T−t_k)/τ} whatever order events arrive in.
 */
export function addToTie(
  tie: DirectedTie | undefined,
  units: number,
  at: EpochMs,
  rules: ScoringRules,
): DirectedTie {
  if (!tie) return { weight: units, firstAt: at, lastAt: at, count: 1 };
  const lastAt = Math.max(tie.lastAt, at);
  return {
    weight: decayTo(tie, lastAt, rules) + units * decayFactor(lastAt - at, rules),
    firstAt: Math.min(tie.firstAt, at),
    lastAt,
    count: tie.count + 1,
  };
}

function decayFactor(elapsedMs: number, rules: ScoringRules): number {
  return 2 ** -(elapsedMs / (rules.ties.halfLifeDays * MS_PER_DAY));
}

/** A pair is an active tie when W_{a→b} + W_{b→a} > ε at T. */
export function isActiveTie(
  forward: DirectedTie | undefined,
  backward: DirectedTie | undefined,
  at: EpochMs,
  rules: ScoringRules,
): boolean {
  return pairWeight(forward, backward, at, rules) > rules.ties.activeThreshold;
}

export function pairWeight(
  forward: DirectedTie | undefined,
  backward: DirectedTie | undefined,
  at: EpochMs,
  rules: ScoringRules,
): number {
  return sumOf([forward, backward].map((tie) => (tie ? decayTo(tie, at, rules) : 0)));
}

/** Mean inter-event gap in days; undefined until a second interaction gives the tie a rhythm. */
export function meanGapDays(tie: DirectedTie): number | undefined {
  return tie.count < 2 ? undefined : (tie.lastAt - tie.firstAt) / (tie.count - 1) / MS_PER_DAY;
}

/**
 * Dormant: silent for more than 8 mean gaps. A tie without a rhythm yet (one interaction, or all
 * at the same instant) cannot miss a beat; it simply decays out of the active set.
 */
export function isDormantTie(tie: DirectedTie, at: EpochMs, rules: ScoringRules): boolean {
  const gap = meanGapDays(tie);
  if (gap === undefined || gap === 0) return false;
  return (at - tie.lastAt) / MS_PER_DAY > rules.ties.dormancyGapMultiple * gap;
}

/** Both directions of a pair as one tie, for the dormancy of the relationship (TieGoingDormant). */
export function undirectedTie(
  forward: DirectedTie,
  backward: DirectedTie,
  rules: ScoringRules,
): DirectedTie {
  const lastAt = Math.max(forward.lastAt, backward.lastAt);
  return {
    weight: decayTo(forward, lastAt, rules) + decayTo(backward, lastAt, rules),
    firstAt: Math.min(forward.firstAt, backward.firstAt),
    lastAt,
    count: forward.count + backward.count,
  };
}
