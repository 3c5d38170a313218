import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelFreshness } from '../../consistency/read-model-freshness';
import type { TenantLoaders } from '../../request/request-loaders';
import { GatewayQuery } from '../shared/gateway-query';
import { projectRiskOf } from './project-risk.mapping';
import type { ProjectRisk } from './project-risk.type';

export class ProjectRiskQuery extends GatewayQuery {
  constructor(
    principal: GatewayQuery['principal'],
    consistentWith: string | undefined,
    readonly projectId: string,
    readonly loaders: TenantLoaders,
  ) {
    super(principal, consistentWith);
  }
}

/** One project's risk in the caller's tenant; null when the tenant has no such project. */
@QueryHandler(ProjectRiskQuery)
export class ProjectRiskHandler implements IQueryHandler<ProjectRiskQuery, ProjectRisk | null> {
  constructor(@Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness) {}

  async execute(query: ProjectRiskQuery): Promise<ProjectRisk | null> {
    const freshness = await this.freshness.waitFor(query.consistentWith, ['risk']);
    const row = await query.loaders.projectRisk.load(query.projectId);
    return row && projectRiskOf(row, freshness);
  }
}
