import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../request/gateway-context';
import { connectionComplexity, ConnectionOf, pageSize } from '../shared/connection.type';
import { CONSISTENT_WITH } from '../shared/consistent-with.arg';
import { OverloadedLeadersQuery, PeerLoadQuery } from './peer-load.query';
import { PeerLoad } from './peer-load.type';

export const PeerLoadConnection = ConnectionOf(PeerLoad, 'PeerLoad');

@Resolver()
export class PeerLoadResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => PeerLoad, {
    nullable: true,
    description: "A leader's load (your own, or any as an admin).",
  })
  peerLoad(
    @Args('leaderId', { type: () => ID }) leaderId: string,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new PeerLoadQuery(principalOf(context), token ?? undefined, leaderId),
    );
  }

  @Query(() => PeerLoadConnection, {
    description: 'Leaders overloaded now, the highest index first (admins only).',
    complexity: connectionComplexity,
  })
  overloadedLeaders(
    @Args('first', { type: () => Int, nullable: true }) first: number | undefined,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new OverloadedLeadersQuery(
        principalOf(context),
        token ?? undefined,
        pageSize(first),
        after ?? undefined,
      ),
    );
  }
}
