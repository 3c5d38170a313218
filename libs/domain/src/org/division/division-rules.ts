import { NotFound, RuleViolated } from '../../shared/domain-errors';
import type { OrgLeaderFacts } from '../org-facts';

/** A merged-away division gets no new head, delegate or members: they now belong to its target. */
export function requireNotMergedAway(mergedAway: boolean, divisionId: string, field: string): void {
  if (mergedAway) {
    throw new RuleViolated(
      'DIVISION_MERGED_AWAY',
      `Division ${divisionId} was merged into another division.`,
      field,
    );
  }
}

/** The head and the ranking delegates are active members of the division they rank for. */
export function requireMember(
  leader: OrgLeaderFacts | null,
  who: Readonly<{ leaderId: string; divisionId: string; field: string }>,
  notMemberCode: string,
): void {
  const { leaderId, divisionId, field } = who;
  if (leader === null) {
    throw new NotFound('LEADER_NOT_FOUND', `Leader ${leaderId} is not registered.`, field);
  }
  if (!leader.active) {
    throw new RuleViolated('LEADER_INACTIVE', `Leader ${leaderId} was deactivated.`, field);
  }
  if (leader.divisionId !== divisionId) {
    throw new RuleViolated(
      notMemberCode,
      `Leader ${leaderId} does not belong to division ${divisionId}.`,
      field,
    );
  }
}
