import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../request/gateway-context';
import { CONSISTENT_WITH } from '../shared/consistent-with.arg';
import {
  AlignmentDriftQuery,
  CompanyAlignmentQuery,
  PairAlignmentQuery,
} from './alignment.queries';
import { AlignmentDrift, CompanyAlignment, DivisionPairAlignment } from './alignment.type';

@Resolver()
export class AlignmentResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => CompanyAlignment, {
    nullable: true,
    description:
      "A cycle's company alignment: the index, the worst pairs and each division's vertical alignment.",
  })
  companyAlignment(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new CompanyAlignmentQuery(principalOf(context), token ?? undefined, cycleId),
    );
  }

  @Query(() => DivisionPairAlignment, {
    nullable: true,
    description: 'Two divisions, named in either order.',
  })
  divisionPairAlignment(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('divisionId', { type: () => ID }) divisionId: string,
    @Args('otherDivisionId', { type: () => ID }) otherDivisionId: string,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new PairAlignmentQuery(principalOf(context), token ?? undefined, cycleId, [
        divisionId,
        otherDivisionId,
      ]),
    );
  }

  @Query(() => AlignmentDrift, { description: "A cycle's re-ranks and the drift each caused." })
  alignmentDrift(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('divisionId', { type: () => ID, nullable: true }) divisionId: string | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new AlignmentDriftQuery(
        principalOf(context),
        token ?? undefined,
        cycleId,
        divisionId ?? undefined,
      ),
    );
  }
}
