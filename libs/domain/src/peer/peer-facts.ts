import { NotFound, RuleViolated } from '../shared/domain-errors';

// Facts about other aggregates that a peer command carries, because a decider never looks anything
// up. The peer service fills them from its local read models of the org and strategy topics just
// before deciding.

/**
 * A leader as the org read model knows them now (LeaderRegistered, LeaderDivisionChanged,
 * DivisionsMerged, LeaderDeactivated): their current division and whether they are still active.
 * A command's facts say `undefined` for a leader the read model does not know.
 */
export type PeerLeaderFacts = Readonly<{ divisionId: string; active: boolean }>;

// Spelt out, not derived from the role, so that every code a client may switch on is greppable.
const leaderCodes = {
  requester: { notFound: 'REQUESTER_NOT_FOUND', inactive: 'REQUESTER_INACTIVE' },
  recipient: { notFound: 'RECIPIENT_NOT_FOUND', inactive: 'RECIPIENT_INACTIVE' },
  'new recipient': { notFound: 'NEW_RECIPIENT_NOT_FOUND', inactive: 'NEW_RECIPIENT_INACTIVE' },
  'suggested peer': { notFound: 'SUGGESTED_PEER_NOT_FOUND', inactive: 'SUGGESTED_PEER_INACTIVE' },
  host: { notFound: 'HOST_NOT_FOUND', inactive: 'HOST_INACTIVE' },
  presenter: { notFound: 'PRESENTER_NOT_FOUND', inactive: 'PRESENTER_INACTIVE' },
  proposer: { notFound: 'PROPOSER_NOT_FOUND', inactive: 'PROPOSER_INACTIVE' },
  partner: { notFound: 'PARTNER_NOT_FOUND', inactive: 'PARTNER_INACTIVE' },
} as const;

export type LeaderRole = Readonly<{
  role: keyof typeof leaderCodes;
  leaderId: string;
  field: string;
}>;

/**
 * Only a known, active leader can take part: domain README §2 "an inactive leader can neither raise nor
 * receive requests", and a deactivated leader could never answer an invitation or a proposal.
 */
export function requireActiveLeader<Facts extends PeerLeaderFacts>(
  facts: Facts | undefined,
  { role, leaderId, field }: LeaderRole,
): Facts {
  const codes = leaderCodes[role];
  if (facts === undefined) {
    throw new NotFound(codes.notFound, `The ${role} ${leaderId} is not a known leader.`, field);
  }
  if (!facts.active) {
    throw new RuleViolated(codes.inactive, `The ${role} ${leaderId} is not active.`, field);
  }
  return facts;
}
