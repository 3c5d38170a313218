import type { Event } from '../../shared/decider';
import type { Criticality, SupportDeclineReason } from '../strategy.vocabulary';

// Data shapes are those of the public contract (libs/contracts/src/events/strategy.events.ts). Every
// event names the need, its project and the supporting division, so a consumer can place it alone.

export type SupportNeedRef = Readonly<{
  needId: string;
  projectId: string;
  supportingDivId: string;
}>;

export type SupportNeedDeclaredData = SupportNeedRef &
  Readonly<{
    homeDivId: string;
    keyContactId?: string;
    capacity: number;
    neededBy: string;
    criticality: Criticality;
  }>;

export type SupportCommittedData = SupportNeedRef &
  Readonly<{ deliverBy: string; capacity: number; committedBy: string }>;

export type SupportCounterProposedData = SupportNeedRef &
  Readonly<{ deliverBy: string; capacity: number; proposedBy: string; note?: string }>;

export type SupportCounterAcceptedData = SupportNeedRef &
  Readonly<{ deliverBy: string; capacity: number }>;

export type SupportDeclinedData = SupportNeedRef &
  Readonly<{ reasonCode: SupportDeclineReason; declinedBy: string }>;

export type SupportSlippedData = SupportNeedRef &
  Readonly<{ oldDeliverBy: string; newDeliverBy: string }>;

export type SupportDeliveredData = SupportNeedRef;
export type SupportNeedWithdrawnData = SupportNeedRef;

export type SupportNeedDeclared = Event<'SupportNeedDeclared', SupportNeedDeclaredData>;
export type SupportCommitted = Event<'SupportCommitted', SupportCommittedData>;
export type SupportCounterProposed = Event<'SupportCounterProposed', SupportCounterProposedData>;
export type SupportCounterAccepted = Event<'SupportCounterAccepted', SupportCounterAcceptedData>;
export type SupportDeclined = Event<'SupportDeclined', SupportDeclinedData>;
export type SupportSlipped = Event<'SupportSlipped', SupportSlippedData>;
export type SupportDelivered = Event<'SupportDelivered', SupportDeliveredData>;
export type SupportNeedWithdrawn = Event<'SupportNeedWithdrawn', SupportNeedWithdrawnData>;

export type SupportNeedEvent =
  | SupportNeedDeclared
  | SupportCommitted
  | SupportCounterProposed
  | SupportCounterAccepted
  | SupportDeclined
  | SupportSlipped
  | SupportDelivered
  | SupportNeedWithdrawn;
