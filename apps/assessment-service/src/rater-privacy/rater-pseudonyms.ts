import type { LeaderStanding, RaterPseudonym } from '@lib/domain';
import { OrgDirectory } from '@lib/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { RaterKeyring } from './rater-keyring';

/** Whom a rater's events name as their actor: nobody in particular. */
export const ANONYMOUS_RATER = 'anonymous-rater';

/**
 * Turns leader ids into what a TrustAssessment command carries instead: keyed indexes and sealed
 * references, with the org directory's standing of each. No clear rater id goes further.
 */
@Injectable()
export class RaterPseudonyms {
  constructor(
    @Inject(RaterKeyring) private readonly keyring: RaterKeyring,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {}

  async of(tenantId: string, assessmentId: string, leaderId: string): Promise<RaterPseudonym> {
    const keys = await this.keyring.keysOf(tenantId);
    return {
      raterIndex: keys.index(assessmentId, leaderId),
      raterRef: keys.seal(assessmentId, leaderId),
    };
  }

  async invitation(tenantId: string, assessmentId: string, subjectId: string, raterIds: string[]) {
    const keys = await this.keyring.keysOf(tenantId);
    const raters: Record<string, { raterRef: string; standing?: LeaderStanding }> = {};
    const raterIndexes: string[] = [];
    for (const raterId of raterIds) {
      const raterIndex = keys.index(assessmentId, raterId);
      raterIndexes.push(raterIndex);
      raters[raterIndex] = {
        raterRef: keys.seal(assessmentId, raterId),
        standing: await this.standing(tenantId, raterId),
      };
    }
    return { raterIndexes, facts: { subjectIndex: keys.index(assessmentId, subjectId), raters } };
  }

  async standing(tenantId: string, leaderId: string): Promise<LeaderStanding | undefined> {
    const leader = await this.directory.leader(tenantId, leaderId);
    return leader && { divisionId: leader.divisionId, active: leader.active };
  }
}
