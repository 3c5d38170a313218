import { type DataSource, In } from 'typeorm';
import { StrategicProjectRisk } from './strategic-project-risk.entity';

export class StrategicProjectRiskQueries {
  constructor(private readonly dataSource: DataSource) {}

  findProjectRisk(tenantId: string, projectId: string): Promise<StrategicProjectRisk | null> {
    return this.dataSource.getRepository(StrategicProjectRisk).findOneBy({ tenantId, projectId });
  }

  /** The at-risk portfolio of domain README §6 report 4: the highest score first. */
  findProjectRisks(
    tenantId: string,
    filter: Readonly<{ band?: StrategicProjectRisk['band']; homeDivId?: string }> = {},
  ): Promise<StrategicProjectRisk[]> {
    return this.dataSource.getRepository(StrategicProjectRisk).find({
      where: { tenantId, ...filter },
      order: { score: 'DESC', projectId: 'ASC' },
    });
  }

  /** Several projects' risks in one statement (a request's batch); missing ones are left out. */
  findRisksOfProjects(
    tenantId: string,
    projectIds: readonly string[],
  ): Promise<StrategicProjectRisk[]> {
    return this.dataSource
      .getRepository(StrategicProjectRisk)
      .findBy({ tenantId, projectId: In([...projectIds]) });
  }

  /**
   * One page of the portfolio, highest score first, after a keyset position (score, projectId):
   * pages stay stable while rows are added, and cost the same however deep.
   */
  findProjectRiskPage(
    tenantId: string,
    page: Readonly<{
      limit: number;
      after?: Readonly<{ score: number; projectId: string }>;
      band?: StrategicProjectRisk['band'];
      homeDivId?: string;
    }>,
  ): Promise<StrategicProjectRisk[]> {
    const query = this.dataSource
      .getRepository(StrategicProjectRisk)
      .createQueryBuilder('risk')
      .where('risk.tenantId = :tenantId', { tenantId });
    if (page.band) query.andWhere('risk.band = :band', { band: page.band });
    if (page.homeDivId)
      query.andWhere('risk.homeDivId = :homeDivId', { homeDivId: page.homeDivId });
    if (page.after)
      query.andWhere(
        '(risk.score < :score OR (risk.score = :score AND risk.projectId > :projectId))',
        page.after,
      );
    return query
      .orderBy('risk.score', 'DESC')
      .addOrderBy('risk.projectId', 'ASC')
      .limit(page.limit)
      .getMany();
  }
}
