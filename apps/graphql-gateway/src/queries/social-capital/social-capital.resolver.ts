import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../request/gateway-context';
import { CONSISTENT_WITH } from '../shared/consistent-with.arg';
import { SocialCapitalQuery } from './social-capital.query';
import { SocialCapital } from './social-capital.type';

@Resolver()
export class SocialCapitalResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => SocialCapital, {
    nullable: true,
    description: "A leader's social capital (the leader's own, or any as an executive or admin).",
  })
  socialCapital(
    @Args('leaderId', { type: () => ID }) leaderId: string,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new SocialCapitalQuery(principalOf(context), token ?? undefined, leaderId),
    );
  }
}
