import { type DataSource, In } from 'typeorm';
import { AlignmentDriftEntity, AlignmentRerankEntity } from './alignment-drift.entity';
import { CompanyAlignmentEntity, VerticalAlignmentEntity } from './company-alignment.entity';

/** The company's alignment in a cycle: CA with the worst pairs, and VA of every division. */
export type CompanyAlignmentView = Readonly<{
  company: CompanyAlignmentEntity;
  vertical: readonly VerticalAlignmentEntity[];
}>;

/** One re-rank and the ΔPA it caused, largest drop first. */
export type DriftHistoryEntry = Readonly<{
  rerank: AlignmentRerankEntity;
  drift: readonly AlignmentDriftEntity[];
}>;

/**
 * Reads company and vertical alignment and the drift history of a cycle. The DataSource must map
 * the entities in the alignment projector's schema; every query is filtered by the caller's tenant.
 */
export class CompanyAlignmentQueries {
  constructor(private readonly dataSource: DataSource) {}

  async findCompanyAlignment(
    tenantId: string,
    cycleId: string,
  ): Promise<CompanyAlignmentView | undefined> {
    const company = await this.dataSource
      .getRepository(CompanyAlignmentEntity)
      .findOneBy({ tenantId, cycleId });
    if (!company) return undefined;
    return { company, vertical: await this.findVerticalAlignment(tenantId, cycleId) };
  }

  /** The tenant's cycles with alignment, the open ones first, then the latest closed. */
  async findCycleIds(tenantId: string): Promise<string[]> {
    const cycles = await this.dataSource
      .getRepository(CompanyAlignmentEntity)
      .createQueryBuilder('company')
      .select('company.cycleId', 'cycleId')
      .where('company.tenantId = :tenantId', { tenantId })
      .orderBy('company.asOf', 'DESC', 'NULLS FIRST')
      .addOrderBy('company.cycleId', 'DESC')
      .getRawMany<{ cycleId: string }>();
    return cycles.map((cycle) => cycle.cycleId);
  }

  /** VA per division, or of one division when named. */
  findVerticalAlignment(
    tenantId: string,
    cycleId: string,
    divisionId?: string,
  ): Promise<VerticalAlignmentEntity[]> {
    return this.dataSource.getRepository(VerticalAlignmentEntity).find({
      where: { tenantId, cycleId, ...(divisionId === undefined ? {} : { divisionId }) },
      order: { divisionId: 'ASC' },
    });
  }

  /**
   * The cycle's re-ranks in business order (occurredAt), each with the drift it caused. Naming a
   * division keeps the re-ranks it made or that moved one of its pairs, and only those pairs.
   */
  async findDriftHistory(
    tenantId: string,
    cycleId: string,
    options: Readonly<{ divisionId?: string }> = {},
  ): Promise<DriftHistoryEntry[]> {
    const { divisionId } = options;
    const reranks = await this.dataSource.getRepository(AlignmentRerankEntity).find({
      where: { tenantId, cycleId },
      order: { occurredAt: 'ASC', divisionId: 'ASC', revision: 'ASC' },
    });
    const drift = await this.dataSource.getRepository(AlignmentDriftEntity).find({
      where: { tenantId, cycleId, eventId: In(reranks.map((r) => r.eventId)) },
      order: { delta: 'ASC', divisionA: 'ASC', divisionB: 'ASC' },
    });
    const touches = (d: AlignmentDriftEntity) =>
      divisionId === undefined || d.divisionA === divisionId || d.divisionB === divisionId;
    return reranks
      .map((rerank) => ({
        rerank,
        drift: drift.filter((d) => d.eventId === rerank.eventId && touches(d)),
      }))
      .filter(
        ({ rerank, drift: moved }) =>
          divisionId === undefined ||
          rerank.divisionId === divisionId ||
          rerank.portfolioDivisionId === divisionId ||
          moved.length > 0,
      );
  }
}
