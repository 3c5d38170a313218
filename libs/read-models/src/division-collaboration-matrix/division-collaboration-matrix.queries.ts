import type { DataSource } from 'typeorm';
import { DivisionCollaborationCell } from './division-collaboration-matrix.entity';

export class DivisionCollaborationQueries {
  constructor(private readonly dataSource: DataSource) {}

  findMatrix(tenantId: string): Promise<DivisionCollaborationCell[]> {
    return this.dataSource
      .getRepository(DivisionCollaborationCell)
      .find({ where: { tenantId }, order: { fromDivId: 'ASC', toDivId: 'ASC' } });
  }

  /** The cells of one division, both as the asking and as the asked side. */
  async findCellsOfDivision(
    tenantId: string,
    divisionId: string,
  ): Promise<DivisionCollaborationCell[]> {
    const repository = this.dataSource.getRepository(DivisionCollaborationCell);
    return repository.find({
      where: [
        { tenantId, fromDivId: divisionId },
        { tenantId, toDivId: divisionId },
      ],
      order: { fromDivId: 'ASC', toDivId: 'ASC' },
    });
  }
}
