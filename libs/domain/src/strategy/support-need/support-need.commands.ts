import type { Command } from '../../shared/decider';
import type { DivisionRankingAuthority, LeaderMembership } from '../strategy.facts';
import type { Criticality, SupportDeclineReason } from '../strategy.vocabulary';

/** The project a need is declared for, from the strategy read model of StrategicProject events. */
export type ProjectAtDeclaration = Readonly<{
  ownerId: string;
  homeDivisionId: string;
  targetAt: string;
  status: 'active' | 'closed';
}>;

export type DeclareSupportNeedFacts = Readonly<{
  /** Absent when no such project is known. */
  project?: ProjectAtDeclaration;
  /** The key contact, from the org read model; absent when none is named or none is known. */
  keyContact?: LeaderMembership;
}>;

/** The supporting division's head and ranking delegates: the only leaders who answer for it. */
export type SupportingDivisionFacts = Readonly<{ supportingDivision: DivisionRankingAuthority }>;

/** The project's owner now (ownership moves with ProjectOwnerChanged, on another aggregate). */
export type ProjectOwnerFacts = Readonly<{ projectOwnerId: string }>;

/** Delivery is recorded by either party: the division that delivered or the owner who received. */
export type SupportDeliveryFacts = SupportingDivisionFacts & ProjectOwnerFacts;

export type DeclareSupportNeed = Command<
  'DeclareSupportNeed',
  {
    needId: string;
    projectId: string;
    supportingDivisionId: string;
    keyContactId?: string;
    capacityFteWeeks: number;
    neededBy: string;
    criticality: Criticality;
    facts: DeclareSupportNeedFacts;
  }
>;

export type CommitSupport = Command<
  'CommitSupport',
  { needId: string; deliverBy: string; capacityFteWeeks: number; facts: SupportingDivisionFacts }
>;

export type CounterProposeSupport = Command<
  'CounterProposeSupport',
  {
    needId: string;
    deliverBy: string;
    capacityFteWeeks: number;
    note?: string;
    facts: SupportingDivisionFacts;
  }
>;

export type AcceptCounterProposal = Command<
  'AcceptCounterProposal',
  { needId: string; facts: ProjectOwnerFacts }
>;

export type DeclineSupport = Command<
  'DeclineSupport',
  {
    needId: string;
    /** Optional in the type because a missing reason is a rule of the domain, checked in `decide`. */
    reasonCode?: SupportDeclineReason;
    facts: SupportingDivisionFacts;
  }
>;

export type ReportSupportSlip = Command<
  'ReportSupportSlip',
  { needId: string; newDeliverBy: string; facts: SupportingDivisionFacts }
>;

export type RecordSupportDelivered = Command<
  'RecordSupportDelivered',
  { needId: string; facts: SupportDeliveryFacts }
>;

export type WithdrawSupportNeed = Command<
  'WithdrawSupportNeed',
  { needId: string; facts: ProjectOwnerFacts }
>;

export type SupportNeedCommand =
  | DeclareSupportNeed
  | CommitSupport
  | CounterProposeSupport
  | AcceptCounterProposal
  | DeclineSupport
  | ReportSupportSlip
  | RecordSupportDelivered
  | WithdrawSupportNeed;
