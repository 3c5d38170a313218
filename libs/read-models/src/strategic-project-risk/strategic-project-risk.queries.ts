import type { DataSource } from 'typeorm';
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
}
