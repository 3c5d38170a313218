import type { CommandMetadata } from '../shared/decider';
import type { DivisionRankingAuthority, LeaderMembership } from './strategy.facts';

// Test data shared by the strategy specs: Finance runs a project that needs Operations' support.

export const NOW = '2025-02-01T09:00:00.000Z';

export const leaders = {
  owner: 'leader-ana',
  financePeer: 'leader-dev',
  financeHead: 'leader-cfo',
  financeDelegate: 'leader-fin-pmo',
  operationsHead: 'leader-coo',
  operationsDelegate: 'leader-ops-pmo',
  operationsPeer: 'leader-ben',
  outsider: 'leader-zoe',
} as const;

export const finance: DivisionRankingAuthority = {
  headId: leaders.financeHead,
  delegateIds: [leaders.financeDelegate],
};

export const operations: DivisionRankingAuthority = {
  headId: leaders.operationsHead,
  delegateIds: [leaders.operationsDelegate],
};

export function activeIn(divisionId: string): LeaderMembership {
  return { divisionId, active: true };
}

export function by(actorId: string, roles: readonly string[] = ['leader']): CommandMetadata {
  return { tenantId: 'tenant-acme', actorId, commandId: `cmd-${actorId}`, now: NOW, roles };
}
