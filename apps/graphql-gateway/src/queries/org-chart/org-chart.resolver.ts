import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../request/gateway-context';
import { connectionComplexity, ConnectionOf, pageSize } from '../shared/connection.type';
import { CONSISTENT_WITH } from '../shared/consistent-with.arg';
import { fromDirectory } from '../shared/directory-page';
import { divisionOf, leaderOf, themeOf } from './org-chart.mapping';
import {
  DivisionsQuery,
  LeadersQuery,
  PlanningCyclesQuery,
  ThemesQuery,
} from './org-chart.queries';
import {
  CycleStatus,
  Division,
  Leader,
  LeaderStatus,
  PlanningCycle,
  Theme,
} from './org-chart.type';

export const LeaderConnection = ConnectionOf(Leader, 'Leader');
export const DivisionConnection = ConnectionOf(Division, 'Division');
export const PlanningCycleConnection = ConnectionOf(PlanningCycle, 'PlanningCycle');
export const ThemeConnection = ConnectionOf(Theme, 'Theme');

const FIRST = { type: () => Int, nullable: true } as const;
const AFTER = { type: () => String, nullable: true } as const;
const page = (first: number | undefined, after: string | undefined) => ({
  first: pageSize(first),
  after: after ?? undefined,
});
const loadersOf = (context: GatewayContext) => context.loaders.of(principalOf(context).tenantId);

@Resolver(() => Leader)
export class LeadersResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => LeaderConnection, {
    description: "The tenant's leaders by id.",
    complexity: connectionComplexity,
  })
  leaders(
    @Args('first', FIRST) first: number | undefined,
    @Args('after', AFTER) after: string | undefined,
    @Args('divisionId', { type: () => ID, nullable: true }) divisionId: string | undefined,
    @Args('status', { type: () => LeaderStatus, nullable: true }) status: LeaderStatus | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    const filter = { divisionId: divisionId ?? undefined, status: status ?? undefined };
    return this.queries.execute(
      new LeadersQuery(principalOf(context), token, page(first, after), filter),
    );
  }

  @Query(() => Leader, { nullable: true, description: 'One leader of the tenant.' })
  async leader(
    @Args('leaderId', { type: () => ID }) leaderId: string,
    @Context() context: GatewayContext,
  ) {
    const row = await fromDirectory(() => loadersOf(context).leader.load(leaderId));
    return row && leaderOf(row);
  }

  @ResolveField(() => Division, { nullable: true })
  async division(@Parent() leader: Leader, @Context() context: GatewayContext) {
    const row = await fromDirectory(() => loadersOf(context).division.load(leader.divisionId));
    return row && divisionOf(row);
  }

  @ResolveField(() => [Theme], { description: 'The themes the leader shared as focus areas.' })
  async focusAreas(@Parent() leader: Leader, @Context() context: GatewayContext) {
    const rows = await fromDirectory(() => loadersOf(context).theme.loadMany(leader.focusThemeIds));
    return rows.flatMap((row) => (row && !(row instanceof Error) ? [themeOf(row)] : []));
  }
}

@Resolver(() => Division)
export class DivisionsResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => DivisionConnection, {
    description: "The tenant's divisions by id; merged-away ones with includeMerged.",
    complexity: connectionComplexity,
  })
  divisions(
    @Args('first', FIRST) first: number | undefined,
    @Args('after', AFTER) after: string | undefined,
    @Args('includeMerged', { type: () => Boolean, nullable: true })
    includeMerged: boolean | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new DivisionsQuery(principalOf(context), token, page(first, after), {
        includeMerged: includeMerged ?? undefined,
      }),
    );
  }

  @ResolveField(() => Leader, { nullable: true })
  async head(@Parent() division: Division, @Context() context: GatewayContext) {
    if (!division.headId) return null;
    const headId = division.headId;
    const row = await fromDirectory(() => loadersOf(context).leader.load(headId));
    return row && leaderOf(row);
  }

  @ResolveField(() => [Leader])
  async delegates(@Parent() division: Division, @Context() context: GatewayContext) {
    const rows = await fromDirectory(() =>
      loadersOf(context).leader.loadMany(division.delegateIds),
    );
    return rows.flatMap((row) => (row && !(row instanceof Error) ? [leaderOf(row)] : []));
  }
}

@Resolver(() => PlanningCycle)
export class PlanningCyclesResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => PlanningCycleConnection, {
    description: "The tenant's planning cycles, newest first.",
    complexity: connectionComplexity,
  })
  planningCycles(
    @Args('first', FIRST) first: number | undefined,
    @Args('after', AFTER) after: string | undefined,
    @Args('status', { type: () => CycleStatus, nullable: true }) status: CycleStatus | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new PlanningCyclesQuery(principalOf(context), token, page(first, after), {
        status: status ?? undefined,
      }),
    );
  }

  @Query(() => ThemeConnection, {
    description: "The tenant's themes by id, optionally of one cycle.",
    complexity: connectionComplexity,
  })
  themes(
    @Args('first', FIRST) first: number | undefined,
    @Args('after', AFTER) after: string | undefined,
    @Args('cycleId', { type: () => ID, nullable: true }) cycleId: string | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new ThemesQuery(principalOf(context), token, page(first, after), {
        cycleId: cycleId ?? undefined,
      }),
    );
  }

  @ResolveField('themes', () => [Theme])
  async themesOf(@Parent() cycle: PlanningCycle, @Context() context: GatewayContext) {
    const rows = await fromDirectory(() => loadersOf(context).cycleThemes.load(cycle.cycleId));
    return rows.map(themeOf);
  }
}
