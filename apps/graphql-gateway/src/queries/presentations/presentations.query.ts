import type { Principal } from '@lib/auth';
import { type PageRequest, PresentationQueries, type PresentationView } from '@lib/read-models';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelFreshness } from '../../consistency/read-model-freshness';
import type { Connection } from '../shared/connection.type';
import { directoryConnection } from '../shared/directory-page';
import { GatewayQuery } from '../shared/gateway-query';
import type { Presentation, PresentationRole, PresentationStatus } from './presentation.type';

export class PresentationsQuery extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly role: PresentationRole,
    readonly status: PresentationStatus | undefined,
    readonly page: PageRequest,
  ) {
    super(principal, consistentWith);
  }
}

const presentationOf = (row: PresentationView): Presentation => ({
  ...row,
  hostDivisionId: row.hostDivId,
  presenterDivisionId: row.presenterDivId,
  status: row.status as PresentationStatus,
});

/** The viewer's presentations, as host or presenter, latest meeting first. */
@QueryHandler(PresentationsQuery)
export class PresentationsHandler implements IQueryHandler<
  PresentationsQuery,
  Connection<Presentation>
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(PresentationQueries) private readonly presentations: PresentationQueries,
  ) {}

  async execute({ principal, consistentWith, role, status, page }: PresentationsQuery) {
    const freshness = await this.freshness.waitFor(consistentWith, ['directory']);
    const { tenantId, leaderId } = principal;
    const read = () =>
      this.presentations.findOfLeader(tenantId, leaderId, role, status ? { status } : {}, page);
    return directoryConnection(read, presentationOf, freshness);
  }
}
