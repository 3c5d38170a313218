import type { Criticality } from '@lib/domain';
import { byCodePoint, type EventEvidence } from '../tie-ledger/tie-ledger.projection';

// The SupportCommitmentLedger (domain README §4, §6 report 5, §7 item 6): every promise a supporting
// division made on a need, kept as made, and what they add up to: where the need stands, the
// promise in force, how often it slipped, and whether it was delivered on time.

export type CommitmentState =
  'pending' | 'committed' | 'counter_proposed' | 'declined' | 'delivered' | 'withdrawn';

/** One event of the need's stream: a declaration, a promise, a slip, a decline or the delivery. */
export type PromiseEntry = Readonly<{
  eventId: string;
  type: string;
  streamVersion: number;
  occurredAt: string;
  recordedAt: string;
  deliverBy: string | null;
  capacity: number | null;
  reasonCode: string | null;
}>;

export type NeedDeclaration = Readonly<{
  needId: string;
  projectId: string;
  /** As now named: a merged division answers as the one it merged into. */
  supportingDivId: string;
  homeDivId: string;
  keyContactId: string | null;
  criticality: Criticality;
  capacity: number;
  neededBy: string;
  declaredAt: string;
}>;

/** Where the need stands after its history, as R2 and R6 of the project risk read it. */
export type Commitment = Readonly<{
  state: CommitmentState;
  /** The delivery date in force: the last commitment, accepted counter-proposal or slip. */
  deliverBy: string | null;
  /** A counter-proposal awaiting the owner: the date it offers. */
  offeredDeliverBy: string | null;
  committedAt: string | null;
  deliveredAt: string | null;
  /** Delivered by the promise in force (or by neededBy when nothing was promised). */
  onTime: boolean | null;
  slips: number;
  counterProposals: number;
  declineReason: string | null;
  /** The event that set the promise in force: the evidence when it passes. */
  promise: EventEvidence | null;
}>;

export type SupportCommitmentRow = Readonly<
  NeedDeclaration &
    Commitment & {
      tenantId: string;
      history: readonly PromiseEntry[];
      ruleVersion: number;
    }
>;

/** The need's history in stream order (one stream: its versions say the order). */
export function inStreamOrder(history: readonly PromiseEntry[]): PromiseEntry[] {
  return [...history].sort(
    (x, y) => x.streamVersion - y.streamVersion || byCodePoint(x.eventId, y.eventId),
  );
}

export function commitmentOf(
  declaration: NeedDeclaration,
  history: readonly PromiseEntry[],
): Commitment {
  return inStreamOrder(history).reduce(evolveCommitment(declaration), initial);
}

const initial: Commitment = {
  state: 'pending',
  deliverBy: null,
  offeredDeliverBy: null,
  committedAt: null,
  deliveredAt: null,
  onTime: null,
  slips: 0,
  counterProposals: 0,
  declineReason: null,
  promise: null,
};

function evolveCommitment(declaration: NeedDeclaration) {
  return (state: Commitment, entry: PromiseEntry): Commitment => {
    const evidence: EventEvidence = {
      eventId: entry.eventId,
      type: entry.type,
      recordedAt: entry.recordedAt,
    };
    switch (entry.type) {
      case 'SupportCommitted':
      case 'SupportCounterAccepted':
        return {
          ...state,
          state: 'committed',
          deliverBy: entry.deliverBy,
          offeredDeliverBy: null,
          committedAt: state.committedAt ?? entry.occurredAt,
          promise: evidence,
        };
      case 'SupportCounterProposed':
        return {
          ...state,
          state: 'counter_proposed',
          offeredDeliverBy: entry.deliverBy,
          counterProposals: state.counterProposals + 1,
        };
      case 'SupportSlipped':
        return { ...state, deliverBy: entry.deliverBy, slips: state.slips + 1, promise: evidence };
      case 'SupportDeclined':
        return { ...state, state: 'declined', declineReason: entry.reasonCode };
      case 'SupportDelivered': {
        const promised = state.deliverBy ?? declaration.neededBy;
        return {
          ...state,
          state: 'delivered',
          deliveredAt: entry.occurredAt,
          onTime: Date.parse(entry.occurredAt) <= Date.parse(promised),
        };
      }
      case 'SupportNeedWithdrawn':
        return { ...state, state: 'withdrawn' };
      default:
        return state;
    }
  };
}

/** Open needs still count towards their project's risk; delivered and withdrawn ones do not. */
export function isOpen(commitment: Pick<Commitment, 'state'>): boolean {
  return commitment.state !== 'delivered' && commitment.state !== 'withdrawn';
}

export function supportCommitmentRow(
  tenantId: string,
  declaration: NeedDeclaration,
  history: readonly PromiseEntry[],
  ruleVersion: number,
): SupportCommitmentRow {
  return {
    tenantId,
    ...declaration,
    ...commitmentOf(declaration, history),
    history: inStreamOrder(history),
    ruleVersion,
  };
}
