import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../request/gateway-context';
import { connectionComplexity, ConnectionOf, pageSize } from '../shared/connection.type';
import { CONSISTENT_WITH } from '../shared/consistent-with.arg';
import { MutualTheme, MutualThemeRole, MutualThemeStatus } from './mutual-theme.type';
import { MutualThemesQuery } from './mutual-themes.query';

export const MutualThemeConnection = ConnectionOf(MutualTheme, 'MutualTheme');

@Resolver(() => MutualTheme)
export class MutualThemesResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => MutualThemeConnection, {
    description: "The viewer's mutual themes as proposer or partner, latest first.",
    complexity: connectionComplexity,
  })
  mutualThemes(
    @Args('role', { type: () => MutualThemeRole }) role: MutualThemeRole,
    @Args('status', { type: () => MutualThemeStatus, nullable: true })
    status: MutualThemeStatus | undefined,
    @Args('first', { type: () => Int, nullable: true }) first: number | undefined,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new MutualThemesQuery(principalOf(context), token, role, status ?? undefined, {
        first: pageSize(first),
        after: after ?? undefined,
      }),
    );
  }
}
