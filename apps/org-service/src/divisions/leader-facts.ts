import type { OrgLeaderFacts } from '@lib/domain';
import type { OrgDirectory } from '@lib/read-models';

/** A leader as the directory knows them now, or null when it does not. */
export async function leaderFacts(
  directory: OrgDirectory,
  tenantId: string,
  leaderId: string,
): Promise<OrgLeaderFacts | null> {
  const leader = await directory.leader(tenantId, leaderId);
  return leader ? { divisionId: leader.divisionId, active: leader.active } : null;
}
