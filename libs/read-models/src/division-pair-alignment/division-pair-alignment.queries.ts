import type { DataSource } from 'typeorm';
import { DivisionPairAlignmentEntity } from './division-pair-alignment.entity';

/**
 * Reads PA(D,E) of a cycle. The DataSource must map the entity in the alignment projector's
 * schema; every query is filtered by the caller's tenant.
 */
export class DivisionPairAlignmentQueries {
  constructor(private readonly dataSource: DataSource) {}

  private get pairs() {
    return this.dataSource.getRepository(DivisionPairAlignmentEntity);
  }

  /** Every pair of the cycle, lowest PA first (the heatmap of report 3). */
  findPairsOfCycle(tenantId: string, cycleId: string): Promise<DivisionPairAlignmentEntity[]> {
    return this.pairs.find({
      where: { tenantId, cycleId },
      order: { value: 'ASC', divisionA: 'ASC', divisionB: 'ASC' },
    });
  }

  /** The pairs a division belongs to, lowest PA first. */
  findPairsOfDivision(
    tenantId: string,
    cycleId: string,
    divisionId: string,
  ): Promise<DivisionPairAlignmentEntity[]> {
    return this.pairs.find({
      where: [
        { tenantId, cycleId, divisionA: divisionId },
        { tenantId, cycleId, divisionB: divisionId },
      ],
      order: { value: 'ASC', divisionA: 'ASC', divisionB: 'ASC' },
    });
  }

  /** One pair, named in either order. */
  async findPair(
    tenantId: string,
    cycleId: string,
    divisionId: string,
    otherDivisionId: string,
  ): Promise<DivisionPairAlignmentEntity | undefined> {
    const [divisionA, divisionB] =
      divisionId < otherDivisionId ? [divisionId, otherDivisionId] : [otherDivisionId, divisionId];
    return (await this.pairs.findOneBy({ tenantId, cycleId, divisionA, divisionB })) ?? undefined;
  }
}
