import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../request/gateway-context';
import { PeerLoadQuery } from '../peer-load/peer-load.query';
import { PeerLoad } from '../peer-load/peer-load.type';
import { CONSISTENT_WITH } from '../shared/consistent-with.arg';
import { SocialCapitalQuery } from '../social-capital/social-capital.query';
import { SocialCapital } from '../social-capital/social-capital.type';
import { ViewerQuery } from './viewer.query';
import { Viewer } from './viewer.type';

type ViewerWithToken = Viewer & { consistentWith?: string };

@Resolver(() => Viewer)
export class ViewerResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => Viewer, { description: 'The caller: their ids, roles and their own scores.' })
  viewer(
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(new ViewerQuery(principalOf(context), token ?? undefined));
  }

  @ResolveField(() => SocialCapital, { nullable: true })
  socialCapital(@Parent() viewer: ViewerWithToken, @Context() context: GatewayContext) {
    const principal = principalOf(context);
    return this.queries.execute(
      new SocialCapitalQuery(principal, viewer.consistentWith, principal.leaderId),
    );
  }

  @ResolveField(() => PeerLoad, { nullable: true })
  peerLoad(@Parent() viewer: ViewerWithToken, @Context() context: GatewayContext) {
    const principal = principalOf(context);
    return this.queries.execute(
      new PeerLoadQuery(principal, viewer.consistentWith, principal.leaderId),
    );
  }
}
