import type { ScoringRules } from '../../scoring/scoring-rules';
import type { CommandMetadata } from '../../shared/decider';
import { Conflict, Forbidden, NotFound, RuleViolated } from '../../shared/domain-errors';
import { addDays, instant } from '../../shared/time';
import { requireActiveLeader } from '../peer-facts';
import { definedFields, requireTextLength, requireUniqueIds } from '../peer-text';
import type { RaisePeerRequest } from './peer-request.commands';
import type { PeerRequestRaised, PeerRequestRaisedData } from './peer-request.events';
import type { PeerRequestState } from './peer-request.state';
import { raiseWarnings, type RequestParties } from './raise-warnings';

type Raise = RaisePeerRequest['data'];

const MAX_DAYS_AHEAD = 90;

export function raisePeerRequest(
  { data, metadata }: RaisePeerRequest,
  state: PeerRequestState,
  rules: ScoringRules,
): PeerRequestRaised[] {
  if (state.status !== 'NotRaised') {
    throw new Conflict(
      'PEER_REQUEST_ALREADY_RAISED',
      `Request ${data.requestId} was already raised.`,
      'requestId',
    );
  }
  if (metadata.actorId !== data.requesterId) {
    throw new Forbidden('NOT_THE_REQUESTER', 'Leaders raise requests for themselves only.');
  }
  const parties = requireParties(data);
  requireDeadlines(data, metadata);
  requireTextLength(data.topic, { code: 'TOPIC_LENGTH', field: 'topic', min: 5, max: 200 });
  requireUniqueIds(data.themeIds, 'DUPLICATE_THEME_IDS', 'themeIds');
  requireProjectTeam(data);
  const warnings = raiseWarnings(data, parties, rules);
  if (warnings.includes('RECIPIENT_OVERLOADED')) requireOverrideReason(data.overrideReason);
  return [{ type: 'PeerRequestRaised', data: raisedData(data, parties, warnings) }];
}

function raisedData(
  data: Raise,
  { requester, recipient }: RequestParties,
  warnings: string[],
): PeerRequestRaisedData {
  const { requestId, requesterId, recipientId, kind, topic, themeIds, effort } = data;
  const { respondBy, dueAt, projectId, supportNeedId } = data;
  // An override reason is personal text: kept only when there was something to override.
  const overrideReason = warnings.includes('RECIPIENT_OVERLOADED')
    ? data.overrideReason
    : undefined;
  return {
    requestId,
    requesterId,
    requesterDivId: requester.divisionId,
    recipientId,
    recipientDivId: recipient.divisionId,
    kind,
    topic,
    themeIds,
    effort,
    respondBy,
    dueAt,
    warnings,
    ...definedFields({ projectId, supportNeedId, overrideReason }),
  };
}

function requireParties(data: Raise): RequestParties {
  if (data.requesterId === data.recipientId) {
    throw new RuleViolated('CANNOT_REQUEST_ONESELF', 'Ask a peer, not yourself.', 'recipientId');
  }
  const requester = requireActiveLeader(data.facts.requester, {
    role: 'requester',
    leaderId: data.requesterId,
    field: 'requesterId',
  });
  const recipient = requireActiveLeader(data.facts.recipient, {
    role: 'recipient',
    leaderId: data.recipientId,
    field: 'recipientId',
  });
  return { requester, recipient };
}

// Written as `!(a < b)` so that an unparsable date (NaN) is refused too.
function requireDeadlines({ respondBy, dueAt }: Raise, { now }: CommandMetadata): void {
  if (!(instant(now) < instant(respondBy))) {
    throw new RuleViolated(
      'RESPOND_BY_IN_THE_PAST',
      'respondBy must be in the future.',
      'respondBy',
    );
  }
  if (!(instant(respondBy) <= instant(dueAt))) {
    throw new RuleViolated('DUE_BEFORE_RESPOND_BY', 'dueAt must not precede respondBy.', 'dueAt');
  }
  if (!(instant(dueAt) <= instant(addDays(now, MAX_DAYS_AHEAD)))) {
    throw new RuleViolated(
      'DUE_TOO_FAR_AHEAD',
      `dueAt must be within ${MAX_DAYS_AHEAD} days.`,
      'dueAt',
    );
  }
}

function requireProjectTeam({ projectId, requesterId, facts }: Raise): void {
  if (projectId === undefined) return;
  if (facts.project === undefined) {
    throw new NotFound('PROJECT_NOT_FOUND', `Project ${projectId} does not exist.`, 'projectId');
  }
  const { ownerId, memberIds } = facts.project;
  if (ownerId !== requesterId && !memberIds.includes(requesterId)) {
    throw new RuleViolated(
      'NOT_ON_THE_PROJECT',
      `Only the owner or a member of project ${projectId} can raise a request for it.`,
      'projectId',
    );
  }
}

function requireOverrideReason(overrideReason: string | undefined): void {
  if (overrideReason === undefined || overrideReason.trim() === '') {
    throw new RuleViolated(
      'OVERRIDE_REASON_REQUIRED',
      'The recipient is overloaded: ask an alternate, or say why it must be them.',
      'overrideReason',
    );
  }
  requireTextLength(overrideReason, {
    code: 'OVERRIDE_REASON_LENGTH',
    field: 'overrideReason',
    min: 1,
    max: 500,
  });
}
