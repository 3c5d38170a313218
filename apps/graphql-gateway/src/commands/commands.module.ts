import { Module } from '@nestjs/common';
import { DivisionsMutations } from './org/divisions/divisions.mutations';
import { LeadersMutations } from './org/leaders/leaders.mutations';
import { PlanningCalendarMutations } from './org/planning-calendar/planning-calendar.mutations';
import { ThemesMutations } from './org/themes/themes.mutations';
import { PeerRequestsMutations } from './peer/peer-requests/peer-requests.mutations';
import { PresentationsMutations } from './peer/presentations/presentations.mutations';
import { MutualThemesMutations } from './peer/mutual-themes/mutual-themes.mutations';
import { StrategicProjectsMutations } from './strategy/strategic-projects/strategic-projects.mutations';
import { SupportNeedsMutations } from './strategy/support-needs/support-needs.mutations';
import { DivisionPortfoliosMutations } from './strategy/division-portfolios/division-portfolios.mutations';
import { CompanyPrioritiesMutations } from './strategy/company-priorities/company-priorities.mutations';
import { TrustAssessmentsMutations } from './assessment/trust-assessments/trust-assessments.mutations';
import { SubmitTrustSelfAssessmentHandler } from './assessment/trust-assessments/submit-trust-self-assessment/submit-trust-self-assessment.command';
import { RequestPeerTrustRatingsHandler } from './assessment/trust-assessments/request-peer-trust-ratings/request-peer-trust-ratings.command';
import { SubmitPeerTrustRatingHandler } from './assessment/trust-assessments/submit-peer-trust-rating/submit-peer-trust-rating.command';
import { CloseTrustAssessmentRoundHandler } from './assessment/trust-assessments/close-trust-assessment-round/close-trust-assessment-round.command';
import { RegisterDivisionHandler } from './org/divisions/register-division/register-division.command';
import { AppointDivisionHeadHandler } from './org/divisions/appoint-division-head/appoint-division-head.command';
import { DelegateRankingHandler } from './org/divisions/delegate-ranking/delegate-ranking.command';
import { RevokeRankingDelegateHandler } from './org/divisions/revoke-ranking-delegate/revoke-ranking-delegate.command';
import { MergeDivisionsHandler } from './org/divisions/merge-divisions/merge-divisions.command';
import { RegisterLeaderHandler } from './org/leaders/register-leader/register-leader.command';
import { ChangeLeaderDivisionHandler } from './org/leaders/change-leader-division/change-leader-division.command';
import { DeclareCapacityHandler } from './org/leaders/declare-capacity/declare-capacity.command';
import { DeactivateLeaderHandler } from './org/leaders/deactivate-leader/deactivate-leader.command';
import { ShareFocusAreasHandler } from './org/leaders/share-focus-areas/share-focus-areas.command';
import { OpenCycleHandler } from './org/planning-calendar/open-cycle/open-cycle.command';
import { LockCycleHandler } from './org/planning-calendar/lock-cycle/lock-cycle.command';
import { CloseCycleHandler } from './org/planning-calendar/close-cycle/close-cycle.command';
import { DefineThemeHandler } from './org/themes/define-theme/define-theme.command';
import { RaisePeerRequestHandler } from './peer/peer-requests/raise-peer-request/raise-peer-request.command';
import { AcceptPeerRequestHandler } from './peer/peer-requests/accept-peer-request/accept-peer-request.command';
import { DeclinePeerRequestHandler } from './peer/peer-requests/decline-peer-request/decline-peer-request.command';
import { RedirectPeerRequestHandler } from './peer/peer-requests/redirect-peer-request/redirect-peer-request.command';
import { FulfilPeerRequestHandler } from './peer/peer-requests/fulfil-peer-request/fulfil-peer-request.command';
import { AcknowledgePeerRequestHandler } from './peer/peer-requests/acknowledge-peer-request/acknowledge-peer-request.command';
import { WithdrawPeerRequestHandler } from './peer/peer-requests/withdraw-peer-request/withdraw-peer-request.command';
import { InvitePeerToPresentHandler } from './peer/presentations/invite-peer-to-present/invite-peer-to-present.command';
import { RespondToInvitationHandler } from './peer/presentations/respond-to-invitation/respond-to-invitation.command';
import { RecordPresentationDeliveredHandler } from './peer/presentations/record-presentation-delivered/record-presentation-delivered.command';
import { ProposeMutualThemeHandler } from './peer/mutual-themes/propose-mutual-theme/propose-mutual-theme.command';
import { ConfirmMutualThemeHandler } from './peer/mutual-themes/confirm-mutual-theme/confirm-mutual-theme.command';
import { RegisterStrategicProjectHandler } from './strategy/strategic-projects/register-strategic-project/register-strategic-project.command';
import { ReportProjectStatusHandler } from './strategy/strategic-projects/report-project-status/report-project-status.command';
import { ChangeOwnerHandler } from './strategy/strategic-projects/change-owner/change-owner.command';
import { CloseProjectHandler } from './strategy/strategic-projects/close-project/close-project.command';
import { DeclareSupportNeedHandler } from './strategy/support-needs/declare-support-need/declare-support-need.command';
import { CommitSupportHandler } from './strategy/support-needs/commit-support/commit-support.command';
import { CounterProposeSupportHandler } from './strategy/support-needs/counter-propose-support/counter-propose-support.command';
import { AcceptCounterProposalHandler } from './strategy/support-needs/accept-counter-proposal/accept-counter-proposal.command';
import { DeclineSupportHandler } from './strategy/support-needs/decline-support/decline-support.command';
import { RecordSupportDeliveredHandler } from './strategy/support-needs/record-support-delivered/record-support-delivered.command';
import { ReportSupportSlipHandler } from './strategy/support-needs/report-support-slip/report-support-slip.command';
import { WithdrawSupportNeedHandler } from './strategy/support-needs/withdraw-support-need/withdraw-support-need.command';
import { RankDivisionPortfolioHandler } from './strategy/division-portfolios/rank-division-portfolio/rank-division-portfolio.command';
import { RankCompanyPrioritiesHandler } from './strategy/company-priorities/rank-company-priorities/rank-company-priorities.command';

/** The resolvers of the mutations: what the schema is built from. */
export const mutationResolvers = [
  DivisionsMutations,
  LeadersMutations,
  PlanningCalendarMutations,
  ThemesMutations,
  PeerRequestsMutations,
  PresentationsMutations,
  MutualThemesMutations,
  StrategicProjectsMutations,
  SupportNeedsMutations,
  DivisionPortfoliosMutations,
  CompanyPrioritiesMutations,
  TrustAssessmentsMutations,
];

const commandHandlers = [
  RegisterDivisionHandler,
  AppointDivisionHeadHandler,
  DelegateRankingHandler,
  RevokeRankingDelegateHandler,
  MergeDivisionsHandler,
  RegisterLeaderHandler,
  ChangeLeaderDivisionHandler,
  DeclareCapacityHandler,
  DeactivateLeaderHandler,
  ShareFocusAreasHandler,
  OpenCycleHandler,
  LockCycleHandler,
  CloseCycleHandler,
  DefineThemeHandler,
  RaisePeerRequestHandler,
  AcceptPeerRequestHandler,
  DeclinePeerRequestHandler,
  RedirectPeerRequestHandler,
  FulfilPeerRequestHandler,
  AcknowledgePeerRequestHandler,
  WithdrawPeerRequestHandler,
  InvitePeerToPresentHandler,
  RespondToInvitationHandler,
  RecordPresentationDeliveredHandler,
  ProposeMutualThemeHandler,
  ConfirmMutualThemeHandler,
  RegisterStrategicProjectHandler,
  ReportProjectStatusHandler,
  ChangeOwnerHandler,
  CloseProjectHandler,
  DeclareSupportNeedHandler,
  CommitSupportHandler,
  CounterProposeSupportHandler,
  AcceptCounterProposalHandler,
  DeclineSupportHandler,
  RecordSupportDeliveredHandler,
  ReportSupportSlipHandler,
  WithdrawSupportNeedHandler,
  RankDivisionPortfolioHandler,
  RankCompanyPrioritiesHandler,
  SubmitTrustSelfAssessmentHandler,
  RequestPeerTrustRatingsHandler,
  SubmitPeerTrustRatingHandler,
  CloseTrustAssessmentRoundHandler,
];

/** One mutation per command of the command services, each dispatched to one handler. */
@Module({
  providers: [...mutationResolvers, ...commandHandlers],
})
export class CommandsModule {}
