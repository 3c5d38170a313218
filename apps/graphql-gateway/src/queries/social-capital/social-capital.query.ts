import type { Principal } from '@lib/auth';
import { LeaderSocialCapitalQueries, type TieAt, TieLedgerQueries } from '@lib/read-models';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelFreshness } from '../../consistency/read-model-freshness';
import { forbidden } from '../../errors/gateway-error';
import { GatewayQuery } from '../shared/gateway-query';
import type { SocialCapital, Tie } from './social-capital.type';

export class SocialCapitalQuery extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly leaderId: string,
  ) {
    super(principal, consistentWith);
  }
}

/** Never a performance-review input: the leader, executives and admins see it, a manager not. */
export function maySeeSocialCapital(principal: Principal, leaderId: string): boolean {
  return (
    principal.leaderId === leaderId ||
    principal.roles.includes('executive') ||
    principal.roles.includes('admin')
  );
}

@QueryHandler(SocialCapitalQuery)
export class SocialCapitalHandler implements IQueryHandler<
  SocialCapitalQuery,
  SocialCapital | null
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(LeaderSocialCapitalQueries) private readonly capital: LeaderSocialCapitalQueries,
    @Inject(TieLedgerQueries) private readonly ties: TieLedgerQueries,
  ) {}

  async execute({ principal, consistentWith, leaderId }: SocialCapitalQuery) {
    if (!maySeeSocialCapital(principal, leaderId))
      throw forbidden(
        "a leader's social capital is visible to that leader, executives and admins only",
        'SOCIAL_CAPITAL_VISIBILITY',
      );
    const freshness = await this.freshness.waitFor(consistentWith, ['risk']);
    const [row, dyads, ties] = await Promise.all([
      this.capital.findSocialCapital(principal.tenantId, leaderId),
      this.capital.findDyads(principal.tenantId, leaderId),
      this.ties.findTiesOfLeader(principal.tenantId, leaderId, new Date()),
    ]);
    if (!row) return null;
    return {
      leaderId: row.leaderId,
      score: row.score,
      components: Object.entries(row.components).map(([name, component]) => ({
        name,
        ...component,
        evidence: [...(row.evidence[name as keyof typeof row.evidence] ?? [])],
      })),
      divisions: dyads.map((dyad) => ({
        divisionId: dyad.divisionId,
        value: dyad.value,
        give: dyad.give,
        receive: dyad.recv,
        overdrawn: dyad.overdrawn,
      })),
      ties: ties.map((tie) => tieOf(tie, leaderId)).sort((a, b) => b.weight - a.weight),
      evaluatedAt: row.evaluatedAt,
      ruleVersion: row.ruleVersion,
      stale: freshness.stale,
      lag: [...freshness.lag],
    };
  }
}

function tieOf(tie: TieAt, leaderId: string): Tie {
  const gives = tie.fromId === leaderId;
  return {
    peerId: gives ? tie.toId : tie.fromId,
    direction: gives ? 'gives' : 'receives',
    weight: tie.weight,
    lastAt: new Date(tie.lastAt),
    eventCount: tie.eventCount,
    meanGapDays: tie.meanGapDays,
    active: tie.active,
    dormant: tie.dormant,
  };
}
