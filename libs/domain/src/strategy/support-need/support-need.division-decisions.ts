import { Forbidden, RuleViolated } from '../../shared/domain-errors';
import { instant } from '../../shared/time';
import { speaksForDivision } from '../strategy.facts';
import { isPositiveCapacity, isText, NOTE_MAX_LENGTH } from '../strategy.rules';
import { SupportDeclineReasons } from '../strategy.vocabulary';
import type {
  CommitSupport,
  CounterProposeSupport,
  DeclineSupport,
  RecordSupportDelivered,
  ReportSupportSlip,
} from './support-need.commands';
import type { SupportNeedEvent } from './support-need.events';
import {
  assertSpeaksForSupportingDivision,
  awaitingAnswer,
  committed,
  existingNeed,
} from './support-need.rules';
import type { SupportNeedState } from './support-need.state';

// What the supporting division decides: its answer to the need, then slips and delivery.

type Events = SupportNeedEvent[];

function assertCapacity(capacityFteWeeks: number): void {
  if (isPositiveCapacity(capacityFteWeeks)) return;
  throw new RuleViolated(
    'CAPACITY_NOT_POSITIVE',
    'a capacity is more than 0 FTE-weeks',
    'capacityFteWeeks',
  );
}

/** A commitment gives what was asked, by when it was asked; other terms are a counter-proposal. */
export function commit(command: CommitSupport, state: SupportNeedState): Events {
  const { needId, deliverBy, capacityFteWeeks: capacity, facts } = command.data;
  const need = existingNeed(state, needId);
  assertSpeaksForSupportingDivision(command.metadata.actorId, facts.supportingDivision);
  const asked = awaitingAnswer(need);
  assertCapacity(capacity);
  if (instant(deliverBy) > instant(asked.neededBy)) {
    throw new RuleViolated(
      'DELIVER_BY_AFTER_NEEDED_BY',
      `a commitment delivers by ${asked.neededBy}; propose a later date instead`,
      'deliverBy',
    );
  }
  if (capacity < asked.capacity) {
    throw new RuleViolated(
      'CAPACITY_BELOW_NEED',
      `a commitment gives the ${asked.capacity} FTE-weeks needed; propose less instead`,
      'capacityFteWeeks',
    );
  }
  const committedBy = command.metadata.actorId;
  return [{ type: 'SupportCommitted', data: { ...asked.ref, deliverBy, capacity, committedBy } }];
}

export function counterPropose(command: CounterProposeSupport, state: SupportNeedState): Events {
  const { needId, deliverBy, capacityFteWeeks: capacity, note, facts } = command.data;
  const need = existingNeed(state, needId);
  assertSpeaksForSupportingDivision(command.metadata.actorId, facts.supportingDivision);
  const { ref } = awaitingAnswer(need);
  assertCapacity(capacity);
  if (note !== undefined && !isText(note, NOTE_MAX_LENGTH)) {
    throw new RuleViolated('NOTE_LENGTH', `a note has 1 to ${NOTE_MAX_LENGTH} characters`, 'note');
  }
  const proposedBy = command.metadata.actorId;
  return [
    {
      type: 'SupportCounterProposed',
      data: { ...ref, deliverBy, capacity, proposedBy, ...(note === undefined ? {} : { note }) },
    },
  ];
}

export function decline(command: DeclineSupport, state: SupportNeedState): Events {
  const { needId, reasonCode, facts } = command.data;
  const need = existingNeed(state, needId);
  assertSpeaksForSupportingDivision(command.metadata.actorId, facts.supportingDivision);
  const { ref } = awaitingAnswer(need);
  // Decline reasons feed the reliability report (§6.5): a decline without one would be unexplained.
  if (reasonCode === undefined || !SupportDeclineReasons.includes(reasonCode)) {
    throw new RuleViolated(
      'DECLINE_REASON_REQUIRED',
      `a decline gives one of the reasons ${SupportDeclineReasons.join(', ')}`,
      'reasonCode',
    );
  }
  const declinedBy = command.metadata.actorId;
  return [{ type: 'SupportDeclined', data: { ...ref, reasonCode, declinedBy } }];
}

export function reportSlip(command: ReportSupportSlip, state: SupportNeedState): Events {
  const { needId, newDeliverBy, facts } = command.data;
  const need = existingNeed(state, needId);
  assertSpeaksForSupportingDivision(command.metadata.actorId, facts.supportingDivision);
  const { ref, promise } = committed(need);
  if (instant(newDeliverBy) <= instant(promise.deliverBy)) {
    throw new RuleViolated(
      'SLIP_NOT_LATER',
      `a slip moves the promise later than ${promise.deliverBy}`,
      'newDeliverBy',
    );
  }
  return [
    { type: 'SupportSlipped', data: { ...ref, oldDeliverBy: promise.deliverBy, newDeliverBy } },
  ];
}

/** Either party may record delivery: the division that delivered, or the owner who received it. */
export function recordDelivered(command: RecordSupportDelivered, state: SupportNeedState): Events {
  const { needId, facts } = command.data;
  const need = existingNeed(state, needId);
  const actorId = command.metadata.actorId;
  if (actorId !== facts.projectOwnerId && !speaksForDivision(actorId, facts.supportingDivision)) {
    throw new Forbidden(
      'NOT_A_PARTY_TO_THE_SUPPORT',
      "only the project's owner or the supporting division's head or ranking delegates record delivery",
    );
  }
  return [{ type: 'SupportDelivered', data: { ...committed(need).ref } }];
}
