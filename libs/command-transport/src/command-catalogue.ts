/**
 * Every command each command service takes: its message patterns over TCP. A caller (the GraphQL
 * gateway) can check it offers each of them; test/architecture/command-catalogue.spec.ts fails when
 * this list and the @MessagePattern handlers registered in a service's module part.
 */
export const CommandCatalogue = {
  'org-service': [
    'AppointDivisionHead',
    'ChangeLeaderDivision',
    'CloseCycle',
    'DeactivateLeader',
    'DeclareCapacity',
    'DefineTheme',
    'DelegateRanking',
    'LockCycle',
    'MergeDivisions',
    'OpenCycle',
    'RegisterDivision',
    'RegisterLeader',
    'RevokeRankingDelegate',
    'ShareFocusAreas',
  ],
  'peer-service': [
    'AcceptPeerRequest',
    'AcknowledgePeerRequest',
    'ConfirmMutualTheme',
    'DeclinePeerRequest',
    'FulfilPeerRequest',
    'InvitePeerToPresent',
    'ProposeMutualTheme',
    'RaisePeerRequest',
    'RecordPresentationDelivered',
    'RedirectPeerRequest',
    'RespondToInvitation',
    'WithdrawPeerRequest',
  ],
  'strategy-service': [
    'AcceptCounterProposal',
    'ChangeOwner',
    'CloseProject',
    'CommitSupport',
    'CounterProposeSupport',
    'DeclareSupportNeed',
    'DeclineSupport',
    'RankCompanyPriorities',
    'RankDivisionPortfolio',
    'RecordSupportDelivered',
    'RegisterStrategicProject',
    'ReportProjectStatus',
    'ReportSupportSlip',
    'WithdrawSupportNeed',
  ],
  'assessment-service': [
    'CloseTrustAssessmentRound',
    'RequestPeerTrustRatings',
    'SubmitPeerTrustRating',
    'SubmitTrustSelfAssessment',
  ],
} as const satisfies Record<string, readonly string[]>;

/** A service that takes commands over TCP. */
export type CommandService = keyof typeof CommandCatalogue;

/** A command type one service takes (or, without a service, any service). */
export type CommandType<S extends CommandService = CommandService> =
  (typeof CommandCatalogue)[S][number];

/** The service that takes a command type, e.g. for routing a mutation; undefined when none does. */
export function serviceOfCommand(type: string): CommandService | undefined {
  return (Object.keys(CommandCatalogue) as CommandService[]).find((service) =>
    (CommandCatalogue[service] as readonly string[]).includes(type),
  );
}
