import { RuleViolated } from '../../shared/domain-errors';
import { instant } from '../../shared/time';
import type { RecordDeliverySlaBreach, RecordResponseSlaBreach } from './peer-request.commands';
import type {
  PeerRequestDeliverySlaBreached,
  PeerRequestEvent,
  PeerRequestExpired,
  PeerRequestResponseSlaBreached,
} from './peer-request.events';
import { requireRequest } from './peer-request.guards';
import type { ExistingPeerRequest, PeerRequestState } from './peer-request.state';

// The SLA timer saga of domain README §2. The service schedules what `slaDeadlines` lists and sends the
// command when it is due; the decider alone says whether anything is breached by then. A timer may
// fire more than once (a retry, a restart), so each breach is recorded at most once per request.

export type SlaTimer = Readonly<{
  command: 'RecordResponseSlaBreach' | 'RecordDeliverySlaBreach';
  requestId: string;
  /** ISO date-time at which to send the command. */
  at: string;
}>;

/**
 * The timers an event asks the service to schedule. Only a raise schedules any: the deadlines are
 * the requester's (domain README §8), so a redirect hands the new recipient the same `respondBy` and
 * `dueAt` (the contract's PeerRequestRedirected carries no new ones), and the timers already
 * scheduled then judge the new recipient.
 */
export function slaDeadlines(event: PeerRequestEvent): readonly SlaTimer[] {
  if (event.type !== 'PeerRequestRaised') return [];
  const { requestId, respondBy, dueAt } = event.data;
  return [
    { command: 'RecordResponseSlaBreach', requestId, at: respondBy },
    { command: 'RecordDeliverySlaBreach', requestId, at: dueAt },
  ];
}

/**
 * No answer by `respondBy`: the request is still Raised. Accepting, declining, redirecting and
 * fulfilling all answer it; after a redirect, the new recipient owes the answer.
 */
export function recordResponseSlaBreach(
  { data, metadata }: RecordResponseSlaBreach,
  state: PeerRequestState,
): PeerRequestResponseSlaBreached[] {
  const request = requireRequest(state, data.requestId);
  requireDue(metadata.now, request.respondBy);
  if (!Number.isInteger(data.ruleVersion) || data.ruleVersion < 1) {
    throw new RuleViolated('INVALID_RULE_VERSION', 'ruleVersion must be 1 or more.', 'ruleVersion');
  }
  if (request.status !== 'Raised' || request.responseSlaBreached) return [];
  const { requestId, recipientId, respondBy } = request;
  const recipientDivId = data.facts.recipientDivisionId;
  return [
    {
      type: 'PeerRequestResponseSlaBreached',
      data: {
        requestId,
        recipientId,
        recipientDivId,
        slaAt: respondBy,
        ruleVersion: data.ruleVersion,
      },
    },
  ];
}

/**
 * Not fulfilled by `dueAt`. A request nobody ever answered also expires then: it can no longer be
 * what the requester asked for. An accepted one stays open: its recipient may still deliver late.
 */
export function recordDeliverySlaBreach(
  { data, metadata }: RecordDeliverySlaBreach,
  state: PeerRequestState,
): (PeerRequestDeliverySlaBreached | PeerRequestExpired)[] {
  const request = requireRequest(state, data.requestId);
  requireDue(metadata.now, request.dueAt);
  const alreadyBreached = request.status === 'Accepted' && request.deliverySlaBreached;
  if (!isOpen(request) || alreadyBreached) return [];
  const { requestId, recipientId, dueAt } = request;
  const overdue = { requestId, recipientId, recipientDivId: data.facts.recipientDivisionId };
  const breached: PeerRequestDeliverySlaBreached = {
    type: 'PeerRequestDeliverySlaBreached',
    data: { ...overdue, dueAt },
  };
  return request.status === 'Raised'
    ? [breached, { type: 'PeerRequestExpired', data: overdue }]
    : [breached];
}

function isOpen(request: ExistingPeerRequest): boolean {
  return request.status === 'Raised' || request.status === 'Accepted';
}

/** A timer that fires early (clock skew) is refused: the service retries rather than loses it. */
function requireDue(now: string, deadline: string): void {
  if (!(instant(now) >= instant(deadline))) {
    throw new RuleViolated('SLA_NOT_YET_DUE', `The deadline ${deadline} has not passed yet.`);
  }
}
