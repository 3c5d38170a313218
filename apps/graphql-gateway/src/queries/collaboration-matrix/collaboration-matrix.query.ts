import type { Principal } from '@lib/auth';
import { DivisionCollaborationQueries } from '@lib/read-models';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelFreshness } from '../../consistency/read-model-freshness';
import { GatewayQuery } from '../shared/gateway-query';
import type { CollaborationMatrix } from './collaboration-matrix.type';

export class CollaborationMatrixQuery extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly divisionId?: string,
  ) {
    super(principal, consistentWith);
  }
}

@QueryHandler(CollaborationMatrixQuery)
export class CollaborationMatrixHandler implements IQueryHandler<
  CollaborationMatrixQuery,
  CollaborationMatrix
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(DivisionCollaborationQueries) private readonly matrix: DivisionCollaborationQueries,
  ) {}

  async execute({ principal, consistentWith, divisionId }: CollaborationMatrixQuery) {
    const freshness = await this.freshness.waitFor(consistentWith, ['risk']);
    const rows =
      divisionId === undefined
        ? await this.matrix.findMatrix(principal.tenantId)
        : await this.matrix.findCellsOfDivision(principal.tenantId, divisionId);
    return {
      cells: rows.map((row) => ({
        ...row,
        fromDivisionId: row.fromDivId,
        toDivisionId: row.toDivId,
      })),
      stale: freshness.stale,
      lag: [...freshness.lag],
    };
  }
}
