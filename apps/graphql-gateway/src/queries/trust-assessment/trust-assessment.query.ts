import type { Principal } from '@lib/auth';
import { AssessmentAggregatesQueries, TrustAssessmentResultQueries } from '@lib/read-models';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelFreshness } from '../../consistency/read-model-freshness';
import { forbidden } from '../../errors/gateway-error';
import { GatewayQuery } from '../shared/gateway-query';
import type { AssessmentAggregate, TrustAssessmentResult } from './trust-assessment.type';

/** The caller's own assessments: no argument names anybody else, so nobody else's is reachable. */
export class MyTrustAssessmentsQuery extends GatewayQuery {}

export class AssessmentAggregatesQuery extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly divisionIds: readonly string[] | undefined,
  ) {
    super(principal, consistentWith);
  }
}

@QueryHandler(MyTrustAssessmentsQuery)
export class MyTrustAssessmentsHandler implements IQueryHandler<
  MyTrustAssessmentsQuery,
  TrustAssessmentResult[]
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(TrustAssessmentResultQueries) private readonly results: TrustAssessmentResultQueries,
  ) {}

  async execute({ principal, consistentWith }: MyTrustAssessmentsQuery) {
    const freshness = await this.freshness.waitFor(consistentWith, ['assessment']);
    const mine = await this.results.resultsOfSubject(principal.tenantId, principal.leaderId);
    // The read model's shape is the type's, readonly lists aside.
    return mine.map(
      (result) =>
        ({
          ...result,
          stale: freshness.stale,
          lag: [...freshness.lag],
        }) as unknown as TrustAssessmentResult,
    );
  }
}

/** Executives and admins see aggregates only; leaders, heads and managers not even those. */
@QueryHandler(AssessmentAggregatesQuery)
export class AssessmentAggregatesHandler implements IQueryHandler<
  AssessmentAggregatesQuery,
  AssessmentAggregate
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(AssessmentAggregatesQueries) private readonly aggregates: AssessmentAggregatesQueries,
  ) {}

  async execute({ principal, consistentWith, divisionIds }: AssessmentAggregatesQuery) {
    if (!principal.roles.some((role) => role === 'executive' || role === 'admin'))
      throw forbidden(
        'Trusted Leader aggregates are visible to executives and admins only',
        'ASSESSMENT_AGGREGATES_VISIBILITY',
      );
    const freshness = await this.freshness.waitFor(consistentWith, ['assessment']);
    const aggregate = await this.aggregates.overDivisions(principal.tenantId, divisionIds);
    return {
      ...aggregate,
      stale: freshness.stale,
      lag: [...freshness.lag],
    } as unknown as AssessmentAggregate;
  }
}
