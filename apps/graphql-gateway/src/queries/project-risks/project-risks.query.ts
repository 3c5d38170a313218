import { StrategicProjectRiskQueries } from '@lib/read-models';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelFreshness } from '../../consistency/read-model-freshness';
import { type Connection, pageOf } from '../shared/connection.type';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { GatewayQuery } from '../shared/gateway-query';
import { projectRiskOf } from './project-risk.mapping';
import type { ProjectRisk, RiskBand } from './project-risk.type';

export type ProjectRiskFilter = Readonly<{ band?: RiskBand; homeDivisionId?: string }>;

export class ProjectRisksQuery extends GatewayQuery {
  constructor(
    principal: GatewayQuery['principal'],
    consistentWith: string | undefined,
    readonly first: number,
    readonly after: string | undefined,
    readonly filter: ProjectRiskFilter,
  ) {
    super(principal, consistentWith);
  }
}

/** The tenant's at-risk portfolio, highest score first, a keyset page at a time. */
@QueryHandler(ProjectRisksQuery)
export class ProjectRisksHandler implements IQueryHandler<
  ProjectRisksQuery,
  Connection<ProjectRisk>
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(StrategicProjectRiskQueries) private readonly risks: StrategicProjectRiskQueries,
  ) {}

  async execute(query: ProjectRisksQuery): Promise<Connection<ProjectRisk>> {
    const freshness = await this.freshness.waitFor(query.consistentWith, ['risk']);
    const after =
      query.after === undefined
        ? undefined
        : decodeCursor<[number, string]>(query.after, ['number', 'string']);
    const rows = await this.risks.findProjectRiskPage(query.principal.tenantId, {
      limit: query.first + 1,
      after: after && { score: after[0], projectId: after[1] },
      band: query.filter.band,
      homeDivId: query.filter.homeDivisionId,
    });
    return pageOf(
      rows.map((row) => projectRiskOf(row, freshness)),
      query.first,
      (risk) => encodeCursor([risk.score, risk.projectId]),
      freshness,
    );
  }
}
