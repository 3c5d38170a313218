import type { DivisionRankingAuthority, LeaderMembership } from '@lib/domain';
import { OrgDirectory } from '@lib/read-models';
import { Inject, Injectable } from '@nestjs/common';

/** Nobody speaks for a division the directory does not know, nor for an unknown aggregate. */
export const NO_AUTHORITY: DivisionRankingAuthority = { delegateIds: [] };

/** The org facts strategy commands carry, in the domain's terms, from the service's org directory. */
@Injectable()
export class OrgFacts {
  constructor(@Inject(OrgDirectory) private readonly directory: OrgDirectory) {}

  /** A leader's division now (merges followed) and whether they are active; absent when unknown. */
  async leader(tenantId: string, leaderId: string): Promise<LeaderMembership | undefined> {
    const leader = await this.directory.leader(tenantId, leaderId);
    return leader && { divisionId: leader.divisionId, active: leader.active };
  }

  /** Who speaks for a division: its head, if it has one, and the delegates the head named. */
  async rankingAuthority(tenantId: string, divisionId: string): Promise<DivisionRankingAuthority> {
    const division = await this.directory.division(tenantId, divisionId);
    if (!division) return NO_AUTHORITY;
    return {
      ...(division.headId === null ? {} : { headId: division.headId }),
      delegateIds: division.delegateIds,
    };
  }

  async cycleStatus(
    tenantId: string,
    cycleId: string,
  ): Promise<'open' | 'locked' | 'closed' | undefined> {
    return (await this.directory.cycle(tenantId, cycleId))?.status;
  }

  themeIdsOfCycle(tenantId: string, cycleId: string): Promise<string[]> {
    return this.directory.themeIdsOfCycle(tenantId, cycleId);
  }

  existingThemeIds(tenantId: string, themeIds: readonly string[]): Promise<string[]> {
    return this.directory.existingThemeIds(tenantId, themeIds);
  }
}
