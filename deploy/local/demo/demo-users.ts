import type { Principal } from '@lib/auth';
import { headOf } from './organisation';
import { CAST } from './story-cast';
import { admin, DEMO_TENANT, leader } from './story-builder';

const executive: Principal = {
  tenantId: DEMO_TENANT,
  leaderId: 'demo-executive',
  roles: ['executive'],
};
const operationsHead = headOf(CAST.atRiskProject.supportingDivisionId);

/** Who a newcomer signs in as first: what each sees differs by role and by what they did. */
export const DEMO_USERS: readonly Principal[] = [
  executive,
  { ...admin, roles: ['admin'] },
  leader(operationsHead, 'division_head'),
  leader(CAST.atRiskProject.owner),
  leader(CAST.connector),
  leader(CAST.taker),
];

export const DEMO_USER_ROLES = new Map<string, string>([
  [executive.leaderId, 'executive'],
  [admin.leaderId, 'admin'],
  [operationsHead, 'head of Operations'],
  [CAST.atRiskProject.owner, "leader, owner of Finance's at-risk project"],
  [CAST.connector, 'leader, the connector becoming overloaded'],
  [CAST.taker, 'leader, the one who only takes'],
]);
