import type { Principal } from '@lib/auth';
import { type PeerLoad as PeerLoadRow, PeerLoadQueries } from '@lib/read-models';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type Freshness, ReadModelFreshness } from '../../consistency/read-model-freshness';
import { forbidden } from '../../errors/gateway-error';
import { type Connection, pageOf } from '../shared/connection.type';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { GatewayQuery } from '../shared/gateway-query';
import type { PeerLoad } from './peer-load.type';

export class PeerLoadQuery extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly leaderId: string,
  ) {
    super(principal, consistentWith);
  }
}

export class OverloadedLeadersQuery extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly first: number,
    readonly after: string | undefined,
  ) {
    super(principal, consistentWith);
  }
}

const ADMINS_ONLY = 'the overloaded list is visible to admins only';

/** Overload is shown to the person and to admins (HR), never as a public list. */
@QueryHandler(PeerLoadQuery)
export class PeerLoadHandler implements IQueryHandler<PeerLoadQuery, PeerLoad | null> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(PeerLoadQueries) private readonly loads: PeerLoadQueries,
  ) {}

  async execute({ principal, consistentWith, leaderId }: PeerLoadQuery) {
    if (principal.leaderId !== leaderId && !principal.roles.includes('admin'))
      throw forbidden(
        "a leader's load is visible to that leader and admins only",
        'PEER_LOAD_VISIBILITY',
      );
    const freshness = await this.freshness.waitFor(consistentWith, ['risk']);
    const row = await this.loads.findLoad(principal.tenantId, leaderId);
    return row && peerLoadOf(row, freshness);
  }
}

/** The overloaded list, highest index first, a page after the cursor (index, leader). */
@QueryHandler(OverloadedLeadersQuery)
export class OverloadedLeadersHandler implements IQueryHandler<
  OverloadedLeadersQuery,
  Connection<PeerLoad>
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(PeerLoadQueries) private readonly loads: PeerLoadQueries,
  ) {}

  async execute({ principal, consistentWith, first, after }: OverloadedLeadersQuery) {
    if (!principal.roles.includes('admin')) throw forbidden(ADMINS_ONLY, 'PEER_LOAD_VISIBILITY');
    const position =
      after === undefined ? undefined : decodeCursor<[number, string]>(after, ['number', 'string']);
    const freshness = await this.freshness.waitFor(consistentWith, ['risk']);
    // Few leaders are overloaded at once: the list is read whole and paged here, in its SQL order.
    const rows = (await this.loads.findOverloaded(principal.tenantId)).filter(
      (row) =>
        !position || row.oi < position[0] || (row.oi === position[0] && row.leaderId > position[1]),
    );
    return pageOf(
      rows.slice(0, first + 1).map((row) => peerLoadOf(row, freshness)),
      first,
      (load) => encodeCursor([load.overloadIndex, load.leaderId]),
      freshness,
    );
  }
}

function peerLoadOf(row: PeerLoadRow, freshness: Freshness): PeerLoad {
  return {
    leaderId: row.leaderId,
    windowDays: row.windowDays,
    load: row.load,
    open: row.open,
    capacity: row.capacity,
    overloadIndex: row.oi,
    overloaded: row.overloaded,
    trigger: row.trigger,
    triggers: Object.entries(row.terms).map(([term, value]) => ({ term, value })),
    latencyP50Hours: row.latencyP50Hours,
    noResponseRate: row.noResponseRate,
    evidence: [...row.evidence],
    evaluatedAt: row.evaluatedAt,
    ruleVersion: row.ruleVersion,
    stale: freshness.stale,
    lag: [...freshness.lag],
  };
}
