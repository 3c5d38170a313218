// The closed vocabularies of domain README §2–3. A value added here is a new schema version of every event
// that uses it: a consumer that switches over these must not meet a value it has never seen.

export const RequestKinds = ['input', 'help', 'review', 'intro'] as const;
export const Efforts = ['S', 'M', 'L'] as const;
export const PeerRequestDeclineReasons = ['no_capacity', 'not_my_area', 'other'] as const;

export const ProjectTiers = ['T1', 'T2', 'T3'] as const;
export const RagStatuses = ['red', 'amber', 'green'] as const;
export const ProjectOutcomes = [
  'achieved',
  'partially_achieved',
  'not_achieved',
  'cancelled',
] as const;
export const Criticalities = ['blocking', 'important', 'nice'] as const;
export const SupportDeclineReasons = [
  'no_capacity',
  'conflicting_priorities',
  'not_our_area',
  'timing',
  'other',
] as const;
export const PortfolioItemKinds = ['theme', 'project', 'need'] as const;

/** `unspecified` is what an upcast `LeaderRegistered` v1 event carries: v1 did not record a level. */
export const LeaderLevels = ['executive', 'senior', 'middle', 'first_line', 'unspecified'] as const;

/**
 * Soft-rule codes (domain README §2 "S") recorded in `warnings`. Unlike the vocabularies above, `warnings` is
 * open (any UPPER_SNAKE code): a new soft rule must not break consumers that only display the codes.
 */
export const WarningCodes = {
  raisePeerRequest: ['RECIPIENT_OVERLOADED', 'PEER_SATURATION', 'NO_INTERSECTION'],
  proposeMutualTheme: ['SAME_DIVISION'],
  rankDivisionPortfolio: ['UNRANKED_INBOUND_NEEDS'],
} as const;
