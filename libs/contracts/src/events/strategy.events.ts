import { Type } from '@sinclair/typebox';
import { Topics } from '../topics';
import { defineEvent } from './define-event';
import {
  dateTime,
  eventData,
  id,
  idSet,
  integer,
  oneOf,
  personalText,
  text,
  warnings,
} from './fields';
import {
  Criticalities,
  PortfolioItemKinds,
  ProjectOutcomes,
  ProjectTiers,
  RagStatuses,
  SupportDeclineReasons,
  WarningCodes,
} from './vocabulary';

// Events of the strategy context (domain README §3): strategic projects, the support they need from
// other divisions, and how divisions and the company rank their work in a planning cycle.

const topic = Topics.strategy;
const projectId = id('The strategic project (the StrategicProject aggregate id).');
const cycleId = id('The planning cycle.');
const capacity = Type.Number({ exclusiveMinimum: 0, description: 'Capacity in FTE-weeks.' });

// Every support event repeats the project and the supporting division, so that a consumer counting
// commitments per division (reliability, §6 report 5) needs no other event to place it.
const need = {
  needId: id('The support need (the SupportNeed aggregate id).'),
  projectId: id('The project that needs the support.'),
  supportingDivId: id('The division asked for support.'),
};

export const StrategicProjectRegistered = defineEvent({
  type: 'StrategicProjectRegistered',
  schemaVersion: 1,
  topic,
  aggregate: 'StrategicProject',
  description: 'A strategic project was registered by its owner in their home division.',
  data: eventData({
    projectId,
    name: text('The project as leaders see it.', { minLength: 1, maxLength: 200 }),
    ownerId: id('The owner, a member of the home division.'),
    homeDivId: id("The owner's division, which runs the project."),
    themeIds: idSet('The strategic themes it serves.', { minItems: 1 }),
    tier: oneOf(ProjectTiers, 'Strategic tier, T1 the most critical.'),
    startAt: dateTime('Planned start.'),
    targetAt: dateTime('Target completion; after `startAt`.'),
  }),
});

export const ProjectStatusReported = defineEvent({
  type: 'ProjectStatusReported',
  schemaVersion: 1,
  topic,
  aggregate: 'StrategicProject',
  description: 'The owner or a delegate reported the project status (risk reason R7, §5.5).',
  data: eventData({
    projectId,
    reportedBy: id('The owner or delegate who reported.'),
    rag: oneOf(RagStatuses, 'Red, amber or green.'),
    confidence: integer('Confidence of meeting the target, 0 (none) to 10.', {
      minimum: 0,
      maximum: 10,
    }),
    note: Type.Optional(
      personalText('Commentary on the status.', { minLength: 1, maxLength: 2000 }),
    ),
  }),
});

export const ProjectOwnerChanged = defineEvent({
  type: 'ProjectOwnerChanged',
  schemaVersion: 1,
  topic,
  aggregate: 'StrategicProject',
  description: 'Another leader of the home division became the owner.',
  data: eventData({
    projectId,
    previousOwnerId: id('The owner until now.'),
    ownerId: id('The new owner.'),
    ownerDivId: id("The new owner's division at the moment of the event."),
  }),
});

export const ProjectClosed = defineEvent({
  type: 'ProjectClosed',
  schemaVersion: 1,
  topic,
  aggregate: 'StrategicProject',
  description: 'The project ended; its open needs no longer count towards risk.',
  data: eventData({ projectId, outcome: oneOf(ProjectOutcomes, 'How the project ended.') }),
});

export const SupportNeedDeclared = defineEvent({
  type: 'SupportNeedDeclared',
  schemaVersion: 1,
  topic,
  aggregate: 'SupportNeed',
  description: 'The project owner declared what the project needs from another division.',
  data: eventData({
    ...need,
    homeDivId: id("The project's home division; never the supporting division."),
    keyContactId: Type.Optional(id('A leader of the supporting division to work with.')),
    capacity,
    neededBy: dateTime("When the support is needed; not after the project's target."),
    criticality: oneOf(Criticalities, 'How much the project depends on it.'),
  }),
});

export const SupportCommitted = defineEvent({
  type: 'SupportCommitted',
  schemaVersion: 1,
  topic,
  aggregate: 'SupportNeed',
  description: 'The supporting division promised the support as needed.',
  data: eventData({
    ...need,
    deliverBy: dateTime('Promised delivery; not after `neededBy`.'),
    capacity,
    committedBy: id('The head of the supporting division or their ranking delegate.'),
  }),
});

export const SupportCounterProposed = defineEvent({
  type: 'SupportCounterProposed',
  schemaVersion: 1,
  topic,
  aggregate: 'SupportNeed',
  description: 'The supporting division offered other terms; the owner may accept them.',
  data: eventData({
    ...need,
    deliverBy: dateTime('Offered delivery.'),
    capacity,
    proposedBy: id('The head of the supporting division or their ranking delegate.'),
    note: Type.Optional(personalText('Why these terms.', { minLength: 1, maxLength: 2000 })),
  }),
});

export const SupportCounterAccepted = defineEvent({
  type: 'SupportCounterAccepted',
  schemaVersion: 1,
  topic,
  aggregate: 'SupportNeed',
  description: 'The owner accepted the counter-proposal, which becomes the commitment.',
  data: eventData({
    ...need,
    deliverBy: dateTime('The accepted delivery date, now the promise.'),
    capacity,
  }),
});

export const SupportDeclined = defineEvent({
  type: 'SupportDeclined',
  schemaVersion: 1,
  topic,
  aggregate: 'SupportNeed',
  description: 'The supporting division declined to support the project.',
  data: eventData({
    ...need,
    reasonCode: oneOf(SupportDeclineReasons, 'Why it declined (a reason is required).'),
    declinedBy: id('The head of the supporting division or their ranking delegate.'),
  }),
});

export const SupportSlipped = defineEvent({
  type: 'SupportSlipped',
  schemaVersion: 1,
  topic,
  aggregate: 'SupportNeed',
  description: 'The promised delivery moved later; every slip is kept (commitment history).',
  data: eventData({
    ...need,
    oldDeliverBy: dateTime('The promise until now.'),
    newDeliverBy: dateTime('The new promise.'),
  }),
});

export const SupportDelivered = defineEvent({
  type: 'SupportDelivered',
  schemaVersion: 1,
  topic,
  aggregate: 'SupportNeed',
  description: 'The support was delivered (on time when `occurredAt` ≤ the promised `deliverBy`).',
  data: eventData(need),
});

export const SupportNeedWithdrawn = defineEvent({
  type: 'SupportNeedWithdrawn',
  schemaVersion: 1,
  topic,
  aggregate: 'SupportNeed',
  description: 'The owner withdrew the need.',
  data: eventData(need),
});

export const DivisionPortfolioRanked = defineEvent({
  type: 'DivisionPortfolioRanked',
  schemaVersion: 1,
  topic,
  aggregate: 'DivisionPortfolio',
  description: 'A division ranked its work for a cycle. Each event holds the full ordered list.',
  data: eventData({
    divisionId: id('The division ranking its work.'),
    cycleId,
    revision: integer('Revision of this portfolio, from 1; one per ranking.', { minimum: 1 }),
    items: Type.Array(
      eventData({
        kind: oneOf(PortfolioItemKinds, 'What `ref` names.'),
        ref: id('The theme, project or support need.'),
      }),
      { uniqueItems: true, description: 'Highest priority first.' },
    ),
    rankedBy: id('The head of the division or their ranking delegate.'),
    warnings: warnings(WarningCodes.rankDivisionPortfolio),
  }),
});

export const CompanyPrioritiesRanked = defineEvent({
  type: 'CompanyPrioritiesRanked',
  schemaVersion: 1,
  topic,
  aggregate: 'CompanyPriorities',
  description: "An executive admin ranked the company's themes for a cycle (vertical alignment).",
  data: eventData({
    cycleId,
    themeIds: Type.Array(id('A theme of the cycle.'), {
      uniqueItems: true,
      description: 'Highest priority first.',
    }),
  }),
});

export const strategyEvents = [
  StrategicProjectRegistered,
  ProjectStatusReported,
  ProjectOwnerChanged,
  ProjectClosed,
  SupportNeedDeclared,
  SupportCommitted,
  SupportCounterProposed,
  SupportCounterAccepted,
  SupportDeclined,
  SupportSlipped,
  SupportDelivered,
  SupportNeedWithdrawn,
  DivisionPortfolioRanked,
  CompanyPrioritiesRanked,
] as const;
