import type { ExamplesOf } from './define-event';
import type { strategyEvents } from './strategy.events';

// One realistic value per strategy event: shown in the AsyncAPI document, and checked against its
// schema.
const need = { needId: 'need-41', projectId: 'proj-vendors', supportingDivId: 'div-operations' };

export const strategyExamples: ExamplesOf<typeof strategyEvents> = {
  StrategicProjectRegistered: {
    projectId: 'proj-vendors',
    name: 'Vendor consolidation',
    ownerId: 'leader-ana',
    homeDivId: 'div-finance',
    themeIds: ['theme-cost'],
    tier: 'T1',
    startAt: '2025-01-15T00:00:00Z',
    targetAt: '2025-09-30T00:00:00Z',
  },
  ProjectStatusReported: {
    projectId: 'proj-vendors',
    reportedBy: 'leader-ana',
    rag: 'amber',
    confidence: 6,
    note: 'Waiting for the logistics commitment',
  },
  ProjectOwnerChanged: {
    projectId: 'proj-vendors',
    previousOwnerId: 'leader-ana',
    ownerId: 'leader-dev',
    ownerDivId: 'div-finance',
  },
  ProjectClosed: { projectId: 'proj-vendors', outcome: 'achieved' },
  SupportNeedDeclared: {
    ...need,
    homeDivId: 'div-finance',
    keyContactId: 'leader-ben',
    capacity: 6,
    neededBy: '2025-05-30T00:00:00Z',
    criticality: 'blocking',
  },
  SupportCommitted: {
    ...need,
    deliverBy: '2025-05-15T00:00:00Z',
    capacity: 6,
    committedBy: 'leader-coo',
  },
  SupportCounterProposed: {
    ...need,
    deliverBy: '2025-06-15T00:00:00Z',
    capacity: 4.5,
    proposedBy: 'leader-coo',
    note: 'Peak season until June',
  },
  SupportCounterAccepted: { ...need, deliverBy: '2025-06-15T00:00:00Z', capacity: 4.5 },
  SupportDeclined: { ...need, reasonCode: 'no_capacity', declinedBy: 'leader-coo' },
  SupportSlipped: {
    ...need,
    oldDeliverBy: '2025-06-15T00:00:00Z',
    newDeliverBy: '2025-07-01T00:00:00Z',
  },
  SupportDelivered: need,
  SupportNeedWithdrawn: need,
  DivisionPortfolioRanked: {
    divisionId: 'div-operations',
    cycleId: 'fy25-h1',
    revision: 2,
    items: [
      { kind: 'project', ref: 'proj-fleet' },
      { kind: 'need', ref: 'need-41' },
      { kind: 'theme', ref: 'theme-cost' },
    ],
    rankedBy: 'leader-coo',
    warnings: [],
  },
  CompanyPrioritiesRanked: { cycleId: 'fy25-h1', themeIds: ['theme-ai', 'theme-cost'] },
};
