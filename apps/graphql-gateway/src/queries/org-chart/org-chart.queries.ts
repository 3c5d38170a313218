import type { Principal } from '@lib/auth';
import { OrgChartQueries, type PageRequest } from '@lib/read-models';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelFreshness } from '../../consistency/read-model-freshness';
import type { Connection } from '../shared/connection.type';
import { directoryConnection } from '../shared/directory-page';
import { GatewayQuery } from '../shared/gateway-query';
import { cycleOf, divisionOf, leaderOf, themeOf } from './org-chart.mapping';
import type {
  CycleStatus,
  Division,
  Leader,
  LeaderStatus,
  PlanningCycle,
  Theme,
} from './org-chart.type';

abstract class OrgChartListQuery<F> extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly page: PageRequest,
    readonly filter: F,
  ) {
    super(principal, consistentWith);
  }
}

export class LeadersQuery extends OrgChartListQuery<{
  divisionId?: string;
  status?: LeaderStatus;
}> {}
export class DivisionsQuery extends OrgChartListQuery<{ includeMerged?: boolean }> {}
export class PlanningCyclesQuery extends OrgChartListQuery<{ status?: CycleStatus }> {}
export class ThemesQuery extends OrgChartListQuery<{ cycleId?: string }> {}

/** The tenant's leaders by id, optionally of one division or status. */
@QueryHandler(LeadersQuery)
export class LeadersHandler implements IQueryHandler<LeadersQuery, Connection<Leader>> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(OrgChartQueries) private readonly orgChart: OrgChartQueries,
  ) {}

  async execute({ principal, consistentWith, page, filter }: LeadersQuery) {
    const freshness = await this.freshness.waitFor(consistentWith, ['directory']);
    const read = () => this.orgChart.findLeaders(principal.tenantId, filter, page);
    return directoryConnection(read, leaderOf, freshness);
  }
}

/** The tenant's divisions by id; merged-away ones only when asked. */
@QueryHandler(DivisionsQuery)
export class DivisionsHandler implements IQueryHandler<DivisionsQuery, Connection<Division>> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(OrgChartQueries) private readonly orgChart: OrgChartQueries,
  ) {}

  async execute({ principal, consistentWith, page, filter }: DivisionsQuery) {
    const freshness = await this.freshness.waitFor(consistentWith, ['directory']);
    const read = () => this.orgChart.findDivisions(principal.tenantId, filter, page);
    return directoryConnection(read, divisionOf, freshness);
  }
}

/** The tenant's planning cycles, newest first. */
@QueryHandler(PlanningCyclesQuery)
export class PlanningCyclesHandler implements IQueryHandler<
  PlanningCyclesQuery,
  Connection<PlanningCycle>
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(OrgChartQueries) private readonly orgChart: OrgChartQueries,
  ) {}

  async execute({ principal, consistentWith, page, filter }: PlanningCyclesQuery) {
    const freshness = await this.freshness.waitFor(consistentWith, ['directory']);
    const read = () => this.orgChart.findCycles(principal.tenantId, filter, page);
    return directoryConnection(read, cycleOf, freshness);
  }
}

/** The tenant's themes by id, optionally of one cycle. */
@QueryHandler(ThemesQuery)
export class ThemesHandler implements IQueryHandler<ThemesQuery, Connection<Theme>> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(OrgChartQueries) private readonly orgChart: OrgChartQueries,
  ) {}

  async execute({ principal, consistentWith, page, filter }: ThemesQuery) {
    const freshness = await this.freshness.waitFor(consistentWith, ['directory']);
    const read = () => this.orgChart.findThemes(principal.tenantId, filter, page);
    return directoryConnection(read, themeOf, freshness);
  }
}
