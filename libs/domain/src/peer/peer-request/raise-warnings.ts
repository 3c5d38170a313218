import type { ScoringRules } from '../../scoring/scoring-rules';
import type {
  ProjectTeamFacts,
  RaisePeerRequest,
  RequestPartyFacts,
} from './peer-request.commands';

// The soft rules of RaisePeerRequest (domain README §2 "S"): they never reject, they are recorded in the
// event's `warnings`, in this order. Overload is the scoring rules' (`overload.overloadedFrom`).

type Raise = RaisePeerRequest['data'];
/** The requester and the recipient, once known to exist and be active. */
export type RequestParties = Readonly<{
  requester: RequestPartyFacts;
  recipient: RequestPartyFacts;
}>;

/** "Don't overwhelm a peer": at most this many open requests to one peer before a warning. */
const OPEN_REQUESTS_BEFORE_SATURATION = 3;
/** The share q = n(a→b)/n(a) over 90 days is only meaningful from this many requests. */
const RECENT_REQUESTS_FOR_A_SHARE = 4;
const SATURATED_SHARE = 0.5;

/** Overloaded from OI ≥ overloadedFrom; hysteresis belongs to the overload signal, not here. */
export function raiseWarnings(data: Raise, parties: RequestParties, rules: ScoringRules): string[] {
  const { overloadedFrom } = rules.overload;
  return [
    ...(data.facts.recipientOverloadIndex >= overloadedFrom ? ['RECIPIENT_OVERLOADED'] : []),
    ...(isSaturated(data) ? ['PEER_SATURATION'] : []),
    ...(sharesNothing(data, parties) ? ['NO_INTERSECTION'] : []),
  ];
}

/** Counts the requests raised before this one: q_{a→b} describes the requester's history so far. */
function isSaturated({ recipientId, facts }: Raise): boolean {
  const recent = facts.recentRecipientIds;
  const toRecipient = recent.filter((id) => id === recipientId).length;
  return (
    facts.openRequestsToRecipient >= OPEN_REQUESTS_BEFORE_SATURATION ||
    (recent.length >= RECENT_REQUESTS_FOR_A_SHARE && toRecipient / recent.length > SATURATED_SHARE)
  );
}

/**
 * "Focus on intersections" (domain README §2): a shared theme, project or focus area. The request's own
 * themes and project count as the requester's, since they say what the requester is working on
 * right now. Focus areas are themes (FocusAreasShared). A project's intersection is its team and,
 * through its open support needs, each need's key contact and the supporting division's leaders.
 */
function sharesNothing(data: Raise, { requester, recipient }: RequestParties) {
  const themes = new Set([...requester.focusThemeIds, ...data.themeIds]);
  const projects = new Set([
    ...projectsOf(requester),
    ...(data.projectId === undefined ? [] : [data.projectId]),
  ]);
  return (
    !recipient.focusThemeIds.some((id) => themes.has(id)) &&
    !projectsOf(recipient).some((id) => projects.has(id)) &&
    !isOnTeam(data.recipientId, data.facts.project)
  );
}

/** The projects whose intersection a party is part of: on the team, or supporting it. */
function projectsOf(party: RequestPartyFacts): string[] {
  return [...party.projectIds, ...party.supportedProjectIds];
}

function isOnTeam(leaderId: string, team: ProjectTeamFacts | undefined): boolean {
  return team !== undefined && (team.ownerId === leaderId || team.memberIds.includes(leaderId));
}
