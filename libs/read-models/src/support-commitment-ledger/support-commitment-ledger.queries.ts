import { type DataSource, In } from 'typeorm';
import { SupportCommitment } from './support-commitment-ledger.entity';

/** A supporting division's reliability (domain README §6 report 5), counted from its promises. */
export interface DivisionReliability {
  supportingDivId: string;
  needs: number;
  delivered: number;
  onTime: number;
  /** onTime / delivered; null before the first delivery. */
  onTimeRate: number | null;
  counterProposed: number;
  declined: number;
}

export class SupportCommitmentQueries {
  constructor(private readonly dataSource: DataSource) {}

  findCommitments(tenantId: string): Promise<SupportCommitment[]> {
    return this.dataSource
      .getRepository(SupportCommitment)
      .find({ where: { tenantId }, order: { needId: 'ASC' } });
  }

  findCommitmentsOfProject(tenantId: string, projectId: string): Promise<SupportCommitment[]> {
    return this.dataSource
      .getRepository(SupportCommitment)
      .find({ where: { tenantId, projectId }, order: { needId: 'ASC' } });
  }

  /** The needs of several projects in one statement (a request's batch), by need. */
  findCommitmentsOfProjects(
    tenantId: string,
    projectIds: readonly string[],
  ): Promise<SupportCommitment[]> {
    return this.dataSource
      .getRepository(SupportCommitment)
      .find({ where: { tenantId, projectId: In([...projectIds]) }, order: { needId: 'ASC' } });
  }

  async findReliabilityByDivision(tenantId: string): Promise<DivisionReliability[]> {
    const byDivision = new Map<string, DivisionReliability>();
    for (const need of await this.findCommitments(tenantId)) {
      const row = byDivision.get(need.supportingDivId) ?? {
        supportingDivId: need.supportingDivId,
        needs: 0,
        delivered: 0,
        onTime: 0,
        onTimeRate: null,
        counterProposed: 0,
        declined: 0,
      };
      row.needs += 1;
      row.delivered += need.state === 'delivered' ? 1 : 0;
      row.onTime += need.onTime ? 1 : 0;
      row.counterProposed += need.counterProposals > 0 ? 1 : 0;
      row.declined += need.state === 'declined' ? 1 : 0;
      row.onTimeRate = row.delivered > 0 ? row.onTime / row.delivered : null;
      byDivision.set(need.supportingDivId, row);
    }
    return [...byDivision.values()].sort((a, b) =>
      a.supportingDivId < b.supportingDivId ? -1 : 1,
    );
  }
}
