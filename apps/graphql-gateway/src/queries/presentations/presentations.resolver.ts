import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../request/gateway-context';
import { connectionComplexity, ConnectionOf, pageSize } from '../shared/connection.type';
import { CONSISTENT_WITH } from '../shared/consistent-with.arg';
import { Presentation, PresentationRole, PresentationStatus } from './presentation.type';
import { PresentationsQuery } from './presentations.query';

export const PresentationConnection = ConnectionOf(Presentation, 'Presentation');

@Resolver(() => Presentation)
export class PresentationsResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => PresentationConnection, {
    description: "The viewer's presentations as host or presenter, latest meeting first.",
    complexity: connectionComplexity,
  })
  presentations(
    @Args('role', { type: () => PresentationRole }) role: PresentationRole,
    @Args('status', { type: () => PresentationStatus, nullable: true })
    status: PresentationStatus | undefined,
    @Args('first', { type: () => Int, nullable: true }) first: number | undefined,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new PresentationsQuery(principalOf(context), token, role, status ?? undefined, {
        first: pageSize(first),
        after: after ?? undefined,
      }),
    );
  }
}
