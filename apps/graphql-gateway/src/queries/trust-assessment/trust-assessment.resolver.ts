import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../request/gateway-context';
import { CONSISTENT_WITH } from '../shared/consistent-with.arg';
import { AssessmentAggregatesQuery, MyTrustAssessmentsQuery } from './trust-assessment.query';
import { AssessmentAggregate, TrustAssessmentResult } from './trust-assessment.type';

@Resolver()
export class TrustAssessmentResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => [TrustAssessmentResult], {
    description: "The caller's own Trusted Leader assessments, newest first.",
  })
  myTrustAssessments(
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new MyTrustAssessmentsQuery(principalOf(context), token ?? undefined),
    );
  }

  @Query(() => AssessmentAggregate, {
    description:
      'Trusted Leader aggregates over divisions (all without a filter), each shown only with 5 or more assessed leaders.',
  })
  assessmentAggregates(
    @Args('divisionIds', { type: () => [ID], nullable: true }) divisionIds: string[] | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new AssessmentAggregatesQuery(
        principalOf(context),
        token ?? undefined,
        divisionIds ?? undefined,
      ),
    );
  }
}
