import { activeIn, by, leaders, operations } from '../strategy.fixtures';
import type {
  AcceptCounterProposal,
  CommitSupport,
  CounterProposeSupport,
  DeclareSupportNeed,
  DeclineSupport,
  ProjectAtDeclaration,
  RecordSupportDelivered,
  ReportSupportSlip,
  WithdrawSupportNeed,
} from './support-need.commands';
import type {
  SupportCommitted,
  SupportCounterAccepted,
  SupportCounterProposed,
  SupportDeclined,
  SupportDelivered,
  SupportNeedDeclared,
  SupportNeedWithdrawn,
  SupportSlipped,
} from './support-need.events';

// Finance's vendor project needs 6 FTE-weeks of Operations by 30 May; its target is 30 September.

export const ref = { needId: 'need-41', projectId: 'proj-vendors', supportingDivId: 'div-ops' };
const needId = ref.needId;
const asDivision = { supportingDivision: operations };
const asOwner = { projectOwnerId: leaders.owner };

export const projectAtDeclaration: ProjectAtDeclaration = {
  ownerId: leaders.owner,
  homeDivisionId: 'div-finance',
  targetAt: '2025-09-30T00:00:00Z',
  status: 'active',
};

export function declareNeed(
  changes: Partial<DeclareSupportNeed['data']> = {},
  actorId: string = leaders.owner,
): DeclareSupportNeed {
  return {
    type: 'DeclareSupportNeed',
    data: {
      needId,
      projectId: ref.projectId,
      supportingDivisionId: 'div-ops',
      keyContactId: leaders.operationsPeer,
      capacityFteWeeks: 6,
      neededBy: '2025-05-30T00:00:00Z',
      criticality: 'blocking',
      facts: {
        project: projectAtDeclaration,
        keyContact: activeIn('div-ops'),
      },
      ...changes,
    },
    metadata: by(actorId),
  };
}

export const declared: SupportNeedDeclared = {
  type: 'SupportNeedDeclared',
  data: {
    ...ref,
    homeDivId: 'div-finance',
    keyContactId: leaders.operationsPeer,
    capacity: 6,
    neededBy: '2025-05-30T00:00:00Z',
    criticality: 'blocking',
  },
};

export function commitSupport(
  changes: Partial<CommitSupport['data']> = {},
  actorId: string = leaders.operationsHead,
): CommitSupport {
  return {
    type: 'CommitSupport',
    data: {
      needId,
      deliverBy: '2025-05-15T00:00:00Z',
      capacityFteWeeks: 6,
      facts: asDivision,
      ...changes,
    },
    metadata: by(actorId),
  };
}

export const committed: SupportCommitted = {
  type: 'SupportCommitted',
  data: {
    ...ref,
    deliverBy: '2025-05-15T00:00:00Z',
    capacity: 6,
    committedBy: leaders.operationsHead,
  },
};

export function counterPropose(
  changes: Partial<CounterProposeSupport['data']> = {},
  actorId: string = leaders.operationsHead,
): CounterProposeSupport {
  return {
    type: 'CounterProposeSupport',
    data: {
      needId,
      deliverBy: '2025-06-15T00:00:00Z',
      capacityFteWeeks: 4.5,
      note: 'Peak season until June',
      facts: asDivision,
      ...changes,
    },
    metadata: by(actorId),
  };
}

export const counterProposed: SupportCounterProposed = {
  type: 'SupportCounterProposed',
  data: {
    ...ref,
    deliverBy: '2025-06-15T00:00:00Z',
    capacity: 4.5,
    proposedBy: leaders.operationsHead,
    note: 'Peak season until June',
  },
};

export function acceptCounterProposal(actorId: string = leaders.owner): AcceptCounterProposal {
  return { type: 'AcceptCounterProposal', data: { needId, facts: asOwner }, metadata: by(actorId) };
}

export const counterAccepted: SupportCounterAccepted = {
  type: 'SupportCounterAccepted',
  data: { ...ref, deliverBy: '2025-06-15T00:00:00Z', capacity: 4.5 },
};

export function declineSupport(
  changes: Partial<DeclineSupport['data']> = {},
  actorId: string = leaders.operationsHead,
): DeclineSupport {
  return {
    type: 'DeclineSupport',
    data: { needId, reasonCode: 'no_capacity', facts: asDivision, ...changes },
    metadata: by(actorId),
  };
}

export const declined: SupportDeclined = {
  type: 'SupportDeclined',
  data: { ...ref, reasonCode: 'no_capacity', declinedBy: leaders.operationsHead },
};

export function reportSlip(
  newDeliverBy: string,
  actorId: string = leaders.operationsHead,
): ReportSupportSlip {
  return {
    type: 'ReportSupportSlip',
    data: { needId, newDeliverBy, facts: asDivision },
    metadata: by(actorId),
  };
}

export const slipped: SupportSlipped = {
  type: 'SupportSlipped',
  data: { ...ref, oldDeliverBy: '2025-05-15T00:00:00Z', newDeliverBy: '2025-05-29T00:00:00Z' },
};

export function recordDelivered(actorId: string = leaders.operationsHead): RecordSupportDelivered {
  return {
    type: 'RecordSupportDelivered',
    data: { needId, facts: { ...asDivision, ...asOwner } },
    metadata: by(actorId),
  };
}

export const delivered: SupportDelivered = { type: 'SupportDelivered', data: ref };

export function withdrawNeed(actorId: string = leaders.owner): WithdrawSupportNeed {
  return { type: 'WithdrawSupportNeed', data: { needId, facts: asOwner }, metadata: by(actorId) };
}

export const withdrawn: SupportNeedWithdrawn = { type: 'SupportNeedWithdrawn', data: ref };
