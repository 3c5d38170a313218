import type { Principal } from '@lib/auth';
import { CompanyAlignmentQueries, DivisionPairAlignmentQueries } from '@lib/read-models';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelFreshness } from '../../consistency/read-model-freshness';
import { GatewayQuery } from '../shared/gateway-query';
import type { AlignmentDrift, CompanyAlignment, DivisionPairAlignment } from './alignment.type';

export class CompanyAlignmentQuery extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly cycleId: string,
  ) {
    super(principal, consistentWith);
  }
}

export class PairAlignmentQuery extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly cycleId: string,
    readonly divisionIds: readonly [string, string],
  ) {
    super(principal, consistentWith);
  }
}

export class AlignmentDriftQuery extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly cycleId: string,
    readonly divisionId: string | undefined,
  ) {
    super(principal, consistentWith);
  }
}

@QueryHandler(CompanyAlignmentQuery)
export class CompanyAlignmentHandler implements IQueryHandler<
  CompanyAlignmentQuery,
  CompanyAlignment | null
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(CompanyAlignmentQueries) private readonly alignment: CompanyAlignmentQueries,
  ) {}

  async execute({ principal, consistentWith, cycleId }: CompanyAlignmentQuery) {
    const freshness = await this.freshness.waitFor(consistentWith, ['alignment']);
    const view = await this.alignment.findCompanyAlignment(principal.tenantId, cycleId);
    if (!view) return null;
    const { company, vertical } = view;
    return {
      cycleId,
      horizontal: company.horizontal,
      divisionCount: company.divisionCount,
      pairCount: company.pairCount,
      worstPairs: [...company.worstPairs],
      vertical: vertical.map(({ divisionId, value }) => ({ divisionId, value })),
      ruleVersion: company.ruleVersion,
      stale: freshness.stale,
      lag: [...freshness.lag],
    };
  }
}

@QueryHandler(PairAlignmentQuery)
export class PairAlignmentHandler implements IQueryHandler<
  PairAlignmentQuery,
  DivisionPairAlignment | null
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(DivisionPairAlignmentQueries) private readonly pairs: DivisionPairAlignmentQueries,
  ) {}

  async execute({ principal, consistentWith, cycleId, divisionIds }: PairAlignmentQuery) {
    const freshness = await this.freshness.waitFor(consistentWith, ['alignment']);
    const row = await this.pairs.findPair(principal.tenantId, cycleId, ...divisionIds);
    if (!row) return null;
    return {
      cycleId,
      pair: row,
      supportAToB: row.supportAToB,
      supportBToA: row.supportBToA,
      ruleVersion: row.ruleVersion,
      stale: freshness.stale,
      lag: [...freshness.lag],
    };
  }
}

@QueryHandler(AlignmentDriftQuery)
export class AlignmentDriftHandler implements IQueryHandler<AlignmentDriftQuery, AlignmentDrift> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(CompanyAlignmentQueries) private readonly alignment: CompanyAlignmentQueries,
  ) {}

  async execute({ principal, consistentWith, cycleId, divisionId }: AlignmentDriftQuery) {
    const freshness = await this.freshness.waitFor(consistentWith, ['alignment']);
    const history = await this.alignment.findDriftHistory(principal.tenantId, cycleId, {
      divisionId,
    });
    return {
      cycleId,
      reranks: history.map(({ rerank, drift }) => ({ ...rerank, drift: [...drift] })),
      stale: freshness.stale,
      lag: [...freshness.lag],
    };
  }
}
