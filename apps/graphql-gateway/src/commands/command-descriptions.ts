import type { CommandType } from '@lib/command-transport';

/** What each mutation does, as the portal developer reads it in GraphiQL. */
export const commandDescriptions: Readonly<Record<CommandType, string>> = {
  RegisterDivision: 'Registers a division of the tenant.',
  AppointDivisionHead: 'Appoints a leader of the division as its head.',
  DelegateRanking: 'The division head names a leader of the division who may rank its portfolio.',
  RevokeRankingDelegate: 'The division head revokes a ranking delegate.',
  MergeDivisions: 'Merges divisions into a target division from an effective date; history stays.',
  RegisterLeader: 'Registers a leader in a division.',
  ChangeLeaderDivision: 'Moves a leader to another division from an effective date.',
  DeclareCapacity: 'A leader declares how many open peer requests they can take (1 to 20).',
  DeactivateLeader: 'Deactivates a leader: they can neither raise nor receive requests.',
  ShareFocusAreas: "A leader shares 1 to 5 of the current cycle's themes as focus areas.",
  OpenCycle: 'Opens a planning cycle; cycles of a tenant never overlap.',
  LockCycle: 'Locks a planning cycle: portfolios can no longer be re-ranked.',
  CloseCycle: 'Closes a planning cycle.',
  DefineTheme: 'Defines a theme of a planning cycle, shared by every division.',
  RaisePeerRequest:
    'Asks a peer for input, help, a review or an intro; warnings say when a soft rule was broken.',
  AcceptPeerRequest: 'The recipient accepts a request, saying when to expect it.',
  DeclinePeerRequest: 'The recipient declines a request, optionally suggesting another peer.',
  RedirectPeerRequest: 'The recipient redirects a request to a third leader (at most 2 hops).',
  FulfilPeerRequest: 'The recipient fulfils a request.',
  AcknowledgePeerRequest: 'The requester rates how helpful a fulfilled request was (1 to 5).',
  WithdrawPeerRequest: 'The requester withdraws a request that is still open.',
  InvitePeerToPresent: 'Invites a peer to present at your team meeting.',
  RespondToInvitation: 'The presenter accepts or declines an invitation.',
  RecordPresentationDelivered: 'The host records that the presentation took place.',
  ProposeMutualTheme: 'Proposes a theme or projects two leaders share across divisions.',
  ConfirmMutualTheme: 'The other leader confirms a proposed mutual theme.',
  RegisterStrategicProject: 'Registers a strategic project of a home division.',
  ReportProjectStatus: 'The owner reports status (red, amber, green) and confidence (0 to 10).',
  ChangeOwner: "Changes a project's owner.",
  CloseProject: 'Closes a project with its outcome.',
  DeclareSupportNeed: "The project's owner declares what it needs from another division.",
  CommitSupport: 'The supporting division commits to deliver a need by a date.',
  CounterProposeSupport: 'The supporting division offers another date or capacity.',
  AcceptCounterProposal: "The project's owner accepts a counter-proposal.",
  DeclineSupport: 'The supporting division declines a need, with a reason.',
  RecordSupportDelivered: 'Records that the supporting division delivered a need.',
  ReportSupportSlip: 'Reports that a committed delivery slips to a new date.',
  WithdrawSupportNeed: "The project's owner withdraws a need.",
  RankDivisionPortfolio:
    "The division head or a delegate ranks the division's themes, projects and inbound needs.",
  RankCompanyPriorities: "An executive admin ranks the company's themes for a cycle.",
  SubmitTrustSelfAssessment:
    'A leader answers the Trusted Leader instrument about themself, starting an assessment.',
  RequestPeerTrustRatings:
    'The assessed leader invites 3 to 12 peers to rate them; the raters are never recorded in clear.',
  SubmitPeerTrustRating:
    'An invited peer rates the assessed leader, once; the rating is recorded under a pseudonym.',
  CloseTrustAssessmentRound: 'The assessed leader closes the round: no more ratings are taken.',
};
