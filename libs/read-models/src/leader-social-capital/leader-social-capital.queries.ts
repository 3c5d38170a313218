import type { DataSource } from 'typeorm';
import { LeaderDyadicCapital, LeaderSocialCapital } from './leader-social-capital.entity';

/** Social capital is visible to the leader, executives and admins (domain README §8): callers check. */
export class LeaderSocialCapitalQueries {
  constructor(private readonly dataSource: DataSource) {}

  findSocialCapital(tenantId: string, leaderId: string): Promise<LeaderSocialCapital | null> {
    return this.dataSource.getRepository(LeaderSocialCapital).findOneBy({ tenantId, leaderId });
  }

  /** No leaderboard (domain README §8): ordered by leader, not by score. */
  findSocialCapitalOfTenant(tenantId: string): Promise<LeaderSocialCapital[]> {
    return this.dataSource
      .getRepository(LeaderSocialCapital)
      .find({ where: { tenantId }, order: { leaderId: 'ASC' } });
  }

  findDyads(tenantId: string, leaderId: string): Promise<LeaderDyadicCapital[]> {
    return this.dataSource
      .getRepository(LeaderDyadicCapital)
      .find({ where: { tenantId, leaderId }, order: { divisionId: 'ASC' } });
  }

  /** Overdrawn relationships (domain README §6 report 6). */
  findOverdrawn(tenantId: string): Promise<LeaderDyadicCapital[]> {
    return this.dataSource.getRepository(LeaderDyadicCapital).find({
      where: { tenantId, overdrawn: true },
      order: { leaderId: 'ASC', divisionId: 'ASC' },
    });
  }
}
