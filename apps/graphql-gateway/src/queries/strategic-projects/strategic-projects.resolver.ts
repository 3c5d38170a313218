import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../request/gateway-context';
import { leaderOf } from '../org-chart/org-chart.mapping';
import { Leader } from '../org-chart/org-chart.type';
import { SupportNeed } from '../project-risks/support-need.type';
import { connectionComplexity, ConnectionOf, pageSize } from '../shared/connection.type';
import { CONSISTENT_WITH } from '../shared/consistent-with.arg';
import { fromDirectory } from '../shared/directory-page';
import { StrategicProject, StrategicProjectStatus } from './strategic-project.type';
import { directorySupportNeedOf, strategicProjectOf } from './strategic-projects.mapping';
import { StrategicProjectsQuery, SupportNeedsQuery } from './strategic-projects.query';

export const StrategicProjectConnection = ConnectionOf(StrategicProject, 'StrategicProject');
export const SupportNeedConnection = ConnectionOf(SupportNeed, 'SupportNeed');

const page = (first: number | undefined, after: string | undefined) => ({
  first: pageSize(first),
  after: after ?? undefined,
});
const loadersOf = (context: GatewayContext) => context.loaders.of(principalOf(context).tenantId);

@Resolver(() => StrategicProject)
export class StrategicProjectsResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => StrategicProjectConnection, {
    description: "The tenant's strategic projects, nearest target first.",
    complexity: connectionComplexity,
  })
  strategicProjects(
    @Args('homeDivisionId', { type: () => ID, nullable: true }) homeDivisionId: string | undefined,
    @Args('ownerId', { type: () => ID, nullable: true }) ownerId: string | undefined,
    @Args('status', { type: () => StrategicProjectStatus, nullable: true })
    status: StrategicProjectStatus | undefined,
    @Args('first', { type: () => Int, nullable: true }) first: number | undefined,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    const filter = {
      ...(homeDivisionId ? { homeDivId: homeDivisionId } : {}),
      ...(ownerId ? { ownerId } : {}),
      ...(status ? { status } : {}),
    };
    return this.queries.execute(
      new StrategicProjectsQuery(principalOf(context), token, filter, page(first, after)),
    );
  }

  @Query(() => StrategicProject, { nullable: true, description: 'One strategic project.' })
  async strategicProject(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Context() context: GatewayContext,
  ) {
    const row = await fromDirectory(() => loadersOf(context).strategicProject.load(projectId));
    return row && strategicProjectOf(row);
  }

  @Query(() => SupportNeedConnection, {
    description: "The tenant's support needs with their commitment history, soonest needed first.",
    complexity: connectionComplexity,
  })
  supportNeeds(
    @Args('projectId', { type: () => ID, nullable: true }) projectId: string | undefined,
    @Args('supportingDivisionId', { type: () => ID, nullable: true })
    supportingDivisionId: string | undefined,
    @Args('states', { type: () => [String], nullable: true }) states: string[] | undefined,
    @Args('first', { type: () => Int, nullable: true }) first: number | undefined,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    const filter = {
      ...(projectId ? { projectId } : {}),
      ...(supportingDivisionId ? { supportingDivId: supportingDivisionId } : {}),
      ...(states ? { states } : {}),
    };
    return this.queries.execute(
      new SupportNeedsQuery(principalOf(context), token, filter, page(first, after)),
    );
  }

  @ResolveField(() => Leader, { nullable: true })
  async owner(@Parent() project: StrategicProject, @Context() context: GatewayContext) {
    const row = await fromDirectory(() => loadersOf(context).leader.load(project.ownerId));
    return row && leaderOf(row);
  }

  @ResolveField(() => [SupportNeed], { description: 'Its support needs and their commitments.' })
  async needs(@Parent() project: StrategicProject, @Context() context: GatewayContext) {
    const rows = await fromDirectory(() => loadersOf(context).supportNeeds.load(project.projectId));
    return rows.map(directorySupportNeedOf);
  }
}
