import type { ExamplesOf } from './define-event';
import type { orgEvents } from './org.events';

// One realistic value per org event: shown in the AsyncAPI document, and checked against its schema.
const cycle = {
  cycleId: 'fy25-h1',
  startsAt: '2025-01-01T00:00:00Z',
  endsAt: '2025-06-30T23:59:59Z',
};

export const orgExamples: ExamplesOf<typeof orgEvents> = {
  LeaderRegistered: {
    leaderId: 'leader-ana',
    divisionId: 'div-finance',
    managerId: 'leader-cfo',
    name: 'Ana Pereira',
    level: 'senior',
  },
  LeaderDivisionChanged: {
    leaderId: 'leader-ana',
    from: 'div-finance',
    to: 'div-operations',
    effectiveAt: '2025-04-01T00:00:00Z',
  },
  LeaderCapacityDeclared: { leaderId: 'leader-ana', divisionId: 'div-finance', maxOpen: 6 },
  LeaderDeactivated: { leaderId: 'leader-ana', divisionId: 'div-operations' },
  FocusAreasShared: {
    leaderId: 'leader-ana',
    divisionId: 'div-finance',
    cycleId: 'fy25-h1',
    themeIds: ['theme-cost', 'theme-ai'],
  },
  ThemeDefined: {
    themeId: 'theme-cost',
    cycleId: 'fy25-h1',
    name: 'Operational cost down 10%',
    objectiveRef: 'okr-2025-o3',
  },
  DivisionRegistered: { divisionId: 'div-finance', name: 'Finance' },
  DivisionHeadAppointed: { divisionId: 'div-finance', leaderId: 'leader-cfo' },
  RankingDelegated: { divisionId: 'div-finance', delegateId: 'leader-ana' },
  RankingDelegateRevoked: { divisionId: 'div-finance', delegateId: 'leader-ana' },
  DivisionsMerged: {
    sourceIds: ['div-procurement'],
    targetId: 'div-finance',
    effectiveAt: '2025-05-01T00:00:00Z',
  },
  CycleOpened: cycle,
  CycleLocked: cycle,
  CycleClosed: cycle,
};
