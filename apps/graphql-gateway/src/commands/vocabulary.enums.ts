import {
  Criticalities,
  Efforts,
  LeaderLevels,
  PeerRequestDeclineReasons,
  PortfolioItemKinds,
  ProjectOutcomes,
  ProjectTiers,
  RagStatuses,
  RequestKinds,
  SupportDeclineReasons,
} from '@lib/contracts';
import { registerEnumType } from '@nestjs/graphql';

// The contracts' closed vocabularies as GraphQL enums: one definition, so the API can never offer
// a value the events do not know.

function enumOf<T extends string>(name: string, values: readonly T[]): Record<T, T> {
  const enumeration = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumeration, { name });
  return enumeration;
}

export const LeaderLevel = enumOf('LeaderLevel', LeaderLevels);
export const RequestKind = enumOf('RequestKind', RequestKinds);
export const Effort = enumOf('Effort', Efforts);
export const PeerRequestDeclineReason = enumOf(
  'PeerRequestDeclineReason',
  PeerRequestDeclineReasons,
);
export const InvitationResponse = enumOf('InvitationResponse', ['accept', 'decline'] as const);
export const ProjectTier = enumOf('ProjectTier', ProjectTiers);
export const RagStatus = enumOf('RagStatus', RagStatuses);
export const ProjectOutcome = enumOf('ProjectOutcome', ProjectOutcomes);
export const Criticality = enumOf('Criticality', Criticalities);
export const SupportDeclineReason = enumOf('SupportDeclineReason', SupportDeclineReasons);
export const PortfolioItemKind = enumOf('PortfolioItemKind', PortfolioItemKinds);
