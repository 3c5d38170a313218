import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../request/gateway-context';
import { CONSISTENT_WITH } from '../shared/consistent-with.arg';
import { connectionComplexity, ConnectionOf, pageSize } from '../shared/connection.type';
import { supportNeedOf } from './project-risk.mapping';
import { ProjectRiskQuery } from './project-risk.query';
import { ProjectRisk, RiskBand } from './project-risk.type';
import { ProjectRisksQuery } from './project-risks.query';
import { SupportNeed } from './support-need.type';

export const ProjectRiskConnection = ConnectionOf(ProjectRisk, 'ProjectRisk');

@Resolver(() => ProjectRisk)
export class ProjectRisksResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => ProjectRisk, { nullable: true, description: "A strategic project's risk." })
  projectRisk(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    const principal = principalOf(context);
    const loaders = context.loaders.of(principal.tenantId);
    return this.queries.execute(new ProjectRiskQuery(principal, token, projectId, loaders));
  }

  @Query(() => ProjectRiskConnection, {
    description: "The tenant's strategic projects by risk, highest score first.",
    complexity: connectionComplexity,
  })
  projectRisks(
    @Args('first', { type: () => Int, nullable: true }) first: number | undefined,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Args('band', { type: () => RiskBand, nullable: true }) band: RiskBand | undefined,
    @Args('homeDivisionId', { type: () => ID, nullable: true }) homeDivisionId: string | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new ProjectRisksQuery(principalOf(context), token, pageSize(first), after ?? undefined, {
        band: band ?? undefined,
        homeDivisionId: homeDivisionId ?? undefined,
      }),
    );
  }

  @ResolveField(() => [SupportNeed])
  async needs(@Parent() risk: ProjectRisk, @Context() context: GatewayContext) {
    const principal = principalOf(context);
    const rows = await context.loaders.of(principal.tenantId).projectNeeds.load(risk.projectId);
    return rows.map(supportNeedOf);
  }
}
