import type {
  LeaderDeactivated,
  LeaderDivisionChanged,
  LeaderRegistered,
} from '../leader/leader.events';

export const ana = 'leader-ana';
export const finance = 'div-finance';
export const operations = 'div-operations';

export const anaRegistered: LeaderRegistered = {
  type: 'LeaderRegistered',
  data: {
    leaderId: ana,
    divisionId: finance,
    managerId: 'leader-cfo',
    name: 'Ana Pereira',
    level: 'senior',
  },
};

export const anaMovedToOperations: LeaderDivisionChanged = {
  type: 'LeaderDivisionChanged',
  data: { leaderId: ana, from: finance, to: operations, effectiveAt: '2025-04-01T00:00:00.000Z' },
};

export const anaDeactivated: LeaderDeactivated = {
  type: 'LeaderDeactivated',
  data: { leaderId: ana, divisionId: finance },
};
