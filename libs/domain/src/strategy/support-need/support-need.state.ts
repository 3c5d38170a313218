import type { SupportNeedRef } from './support-need.events';

/** A delivery date and an amount of work (FTE-weeks): what is asked, offered or promised. */
export type SupportTerms = Readonly<{ deliverBy: string; capacity: number }>;

/** What the project asked for, kept while the need is open. */
type Requested = Readonly<{ ref: SupportNeedRef; neededBy: string; capacity: number }>;

/**
 * declared → committed | counter_proposed | declined | withdrawn; counter_proposed → committed (the
 * owner accepts, or the division commits as asked) | counter_proposed (a revised offer) | declined |
 * withdrawn; committed → committed (a slip moves `deliverBy`) | delivered | withdrawn.
 */
export type SupportNeedState =
  | Readonly<{ status: 'undeclared' }>
  | (Requested & Readonly<{ status: 'declared' }>)
  | (Requested & Readonly<{ status: 'counter_proposed'; offer: SupportTerms }>)
  | (Requested & Readonly<{ status: 'committed'; promise: SupportTerms }>)
  | Readonly<{ status: 'declined' | 'withdrawn' | 'delivered'; ref: SupportNeedRef }>;

export type OpenSupportNeed = Extract<SupportNeedState, Requested>;

/** Waiting for the supporting division's answer: nothing promised yet. */
export type UnansweredSupportNeed = Extract<
  SupportNeedState,
  { status: 'declared' | 'counter_proposed' }
>;

export function isOpen(state: SupportNeedState): state is OpenSupportNeed {
  return (
    state.status === 'declared' ||
    state.status === 'counter_proposed' ||
    state.status === 'committed'
  );
}

export function requestOf({ ref, neededBy, capacity }: OpenSupportNeed): Requested {
  return { ref, neededBy, capacity };
}
