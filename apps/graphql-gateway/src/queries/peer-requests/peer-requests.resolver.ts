import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../request/gateway-context';
import { connectionComplexity, ConnectionOf, pageSize } from '../shared/connection.type';
import { CONSISTENT_WITH } from '../shared/consistent-with.arg';
import { fromDirectory } from '../shared/directory-page';
import { leaderOf } from '../org-chart/org-chart.mapping';
import { Leader } from '../org-chart/org-chart.type';
import {
  PeerRequest,
  PeerRequestBox,
  PeerRequestKind,
  PeerRequestStatus,
} from './peer-request.type';
import { PeerRequestsQuery } from './peer-requests.query';

export const PeerRequestConnection = ConnectionOf(PeerRequest, 'PeerRequest');

@Resolver(() => PeerRequest)
export class PeerRequestsResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => PeerRequestConnection, {
    description: "A leader's inbox or outbox, newest first; a leader sees only their own.",
    complexity: connectionComplexity,
  })
  peerRequests(
    @Args('box', { type: () => PeerRequestBox }) box: PeerRequestBox,
    @Args('leaderId', { type: () => ID, nullable: true, description: 'Defaults to the viewer.' })
    leaderId: string | undefined,
    @Args('statuses', { type: () => [PeerRequestStatus], nullable: true })
    statuses: PeerRequestStatus[] | undefined,
    @Args('kinds', { type: () => [PeerRequestKind], nullable: true })
    kinds: PeerRequestKind[] | undefined,
    @Args('first', { type: () => Int, nullable: true }) first: number | undefined,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    const principal = principalOf(context);
    return this.queries.execute(
      new PeerRequestsQuery(
        principal,
        token,
        leaderId ?? principal.leaderId,
        box,
        { statuses: statuses ?? undefined, kinds: kinds ?? undefined },
        { first: pageSize(first), after: after ?? undefined },
      ),
    );
  }

  @ResolveField(() => Leader, { nullable: true })
  requester(@Parent() request: PeerRequest, @Context() context: GatewayContext) {
    return this.leader(request.requesterId, context);
  }

  @ResolveField(() => Leader, { nullable: true })
  recipient(@Parent() request: PeerRequest, @Context() context: GatewayContext) {
    return this.leader(request.recipientId, context);
  }

  private async leader(leaderId: string, context: GatewayContext) {
    const loaders = context.loaders.of(principalOf(context).tenantId);
    const row = await fromDirectory(() => loaders.leader.load(leaderId));
    return row && leaderOf(row);
  }
}
