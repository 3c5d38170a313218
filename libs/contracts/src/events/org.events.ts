import { Type, type Static } from '@sinclair/typebox';
import { Topics } from '../topics';
import { defineEvent } from './define-event';
import { dateTime, eventData, id, idSet, integer, oneOf, personalText, text } from './fields';
import { LeaderLevels } from './vocabulary';

// Events of the org context (domain README §3): leaders, divisions, planning cycles and themes.
// Every other service keeps a local read model of this topic to validate references (domain README §1).

const topic = Topics.org;
const leaderId = id('The leader (the Leader aggregate id).');
const leaderDivisionId = id("The leader's division at the moment of the event.");
const divisionId = id('The division (the Division aggregate id).');
const cycleId = id('The planning cycle (the PlanningCycle aggregate id).');

/** `LeaderRegistered` as first shipped: kept for the upcaster, which adds `level: 'unspecified'`. */
export const LeaderRegisteredV1Data = eventData({
  leaderId,
  divisionId: leaderDivisionId,
  managerId: Type.Optional(id('The line manager; absent for the top of the organisation.')),
  name: personalText("The leader's display name.", { minLength: 1, maxLength: 200 }),
});

export const LeaderRegistered = defineEvent({
  type: 'LeaderRegistered',
  schemaVersion: 2,
  topic,
  aggregate: 'Leader',
  description:
    'A leader joined the platform. Version 2 added `level`; version 1 events read as `unspecified`.',
  data: eventData({
    ...LeaderRegisteredV1Data.properties,
    level: oneOf(LeaderLevels, 'Leadership level; `unspecified` when it was not recorded.'),
  }),
  previousVersions: { 1: LeaderRegisteredV1Data },
});

export const LeaderDivisionChanged = defineEvent({
  type: 'LeaderDivisionChanged',
  schemaVersion: 1,
  topic,
  aggregate: 'Leader',
  description:
    'A leader moved to another division; earlier events keep the division they recorded.',
  data: eventData({
    leaderId,
    from: id('The division the leader leaves.'),
    to: id('The division the leader joins.'),
    effectiveAt: dateTime('When the move takes effect (may differ from when it was recorded).'),
  }),
});

export const LeaderCapacityDeclared = defineEvent({
  type: 'LeaderCapacityDeclared',
  schemaVersion: 1,
  topic,
  aggregate: 'Leader',
  description: 'A leader declared how many open peer requests they can carry (overload K, §5.3).',
  data: eventData({
    leaderId,
    divisionId: leaderDivisionId,
    maxOpen: integer('Most open (raised or accepted) requests at once.', {
      minimum: 1,
      maximum: 20,
    }),
  }),
});

export const LeaderDeactivated = defineEvent({
  type: 'LeaderDeactivated',
  schemaVersion: 1,
  topic,
  aggregate: 'Leader',
  description: 'A leader left; they can no longer raise or receive peer requests.',
  data: eventData({ leaderId, divisionId: leaderDivisionId }),
});

export const FocusAreasShared = defineEvent({
  type: 'FocusAreasShared',
  schemaVersion: 1,
  topic,
  aggregate: 'Leader',
  description: 'A leader shared their areas of focus: themes of the current cycle, in no order.',
  data: eventData({
    leaderId,
    divisionId: leaderDivisionId,
    cycleId: id('The planning cycle the themes belong to.'),
    themeIds: idSet('The themes, all active in the cycle.', { minItems: 1, maxItems: 5 }),
  }),
});

export const ThemeDefined = defineEvent({
  type: 'ThemeDefined',
  schemaVersion: 1,
  topic,
  aggregate: 'Theme',
  description: 'A strategic theme was defined for a planning cycle, shared by every division.',
  data: eventData({
    themeId: id('The theme (the Theme aggregate id).'),
    cycleId: id('The planning cycle the theme belongs to.'),
    name: text('The theme as leaders see it.', { minLength: 1, maxLength: 200 }),
    objectiveRef: Type.Optional(
      text('Reference to the company objective (OKR) behind it.', { minLength: 1, maxLength: 200 }),
    ),
  }),
});

export const DivisionRegistered = defineEvent({
  type: 'DivisionRegistered',
  schemaVersion: 1,
  topic,
  aggregate: 'Division',
  description: 'A division was registered.',
  data: eventData({
    divisionId,
    name: text('The division as leaders see it.', { minLength: 1, maxLength: 200 }),
  }),
});

export const DivisionHeadAppointed = defineEvent({
  type: 'DivisionHeadAppointed',
  schemaVersion: 1,
  topic,
  aggregate: 'Division',
  description: "A leader of the division became its head, who ranks the division's portfolio.",
  data: eventData({ divisionId, leaderId: id('The new head, a member of the division.') }),
});

export const RankingDelegated = defineEvent({
  type: 'RankingDelegated',
  schemaVersion: 1,
  topic,
  aggregate: 'Division',
  description: "The head let a member of the division rank the division's portfolio.",
  data: eventData({ divisionId, delegateId: id('The delegate, a member of the division.') }),
});

export const RankingDelegateRevoked = defineEvent({
  type: 'RankingDelegateRevoked',
  schemaVersion: 1,
  topic,
  aggregate: 'Division',
  description: 'The head withdrew a ranking delegation.',
  data: eventData({ divisionId, delegateId: id('The former delegate.') }),
});

export const DivisionsMerged = defineEvent({
  type: 'DivisionsMerged',
  schemaVersion: 1,
  topic,
  aggregate: 'Division',
  description:
    'Divisions were merged into a target. Projections remap them from `effectiveAt`; history stays.',
  data: eventData({
    sourceIds: idSet('The divisions merged away.', { minItems: 1 }),
    targetId: id('The division they merge into (the stream this event belongs to).'),
    effectiveAt: dateTime('When the merge takes effect.'),
  }),
});

const cycle = eventData({
  cycleId,
  startsAt: dateTime('Start of the cycle.'),
  endsAt: dateTime('End of the cycle; cycles of a tenant never overlap.'),
});

export const CycleOpened = defineEvent({
  type: 'CycleOpened',
  schemaVersion: 1,
  topic,
  aggregate: 'PlanningCycle',
  description: 'A planning cycle opened: divisions may rank their portfolios.',
  data: cycle,
});

export const CycleLocked = defineEvent({
  type: 'CycleLocked',
  schemaVersion: 1,
  topic,
  aggregate: 'PlanningCycle',
  description: 'A planning cycle locked: rankings are final; unranked needs count as unranked.',
  data: cycle,
});

export const CycleClosed = defineEvent({
  type: 'CycleClosed',
  schemaVersion: 1,
  topic,
  aggregate: 'PlanningCycle',
  description: 'A planning cycle ended.',
  data: cycle,
});

export const orgEvents = [
  LeaderRegistered,
  LeaderDivisionChanged,
  LeaderCapacityDeclared,
  LeaderDeactivated,
  FocusAreasShared,
  ThemeDefined,
  DivisionRegistered,
  DivisionHeadAppointed,
  RankingDelegated,
  RankingDelegateRevoked,
  DivisionsMerged,
  CycleOpened,
  CycleLocked,
  CycleClosed,
] as const;

export type LeaderRegisteredV1 = Static<typeof LeaderRegisteredV1Data>;
