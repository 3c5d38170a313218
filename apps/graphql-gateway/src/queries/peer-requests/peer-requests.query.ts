import type { Principal } from '@lib/auth';
import { type PageRequest, PeerRequestQueries, type PeerRequestView } from '@lib/read-models';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelFreshness } from '../../consistency/read-model-freshness';
import { forbidden } from '../../errors/gateway-error';
import type { Connection } from '../shared/connection.type';
import { directoryConnection } from '../shared/directory-page';
import { GatewayQuery } from '../shared/gateway-query';
import {
  type PeerRequest,
  PeerRequestBox,
  type PeerRequestKind,
  type PeerRequestStatus,
} from './peer-request.type';

export class PeerRequestsQuery extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly leaderId: string,
    readonly box: PeerRequestBox,
    readonly filter: Readonly<{ statuses?: PeerRequestStatus[]; kinds?: PeerRequestKind[] }>,
    readonly page: PageRequest,
  ) {
    super(principal, consistentWith);
  }
}

export const peerRequestOf = (row: PeerRequestView): PeerRequest => ({
  ...row,
  requesterDivisionId: row.requesterDivId,
  recipientDivisionId: row.recipientDivId,
  kind: row.kind as PeerRequestKind,
  status: row.status as PeerRequestStatus,
});

/** A leader's inbox or outbox, newest first: only the leader themself sees it. */
@QueryHandler(PeerRequestsQuery)
export class PeerRequestsHandler implements IQueryHandler<
  PeerRequestsQuery,
  Connection<PeerRequest>
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(PeerRequestQueries) private readonly requests: PeerRequestQueries,
  ) {}

  async execute({ principal, consistentWith, leaderId, box, filter, page }: PeerRequestsQuery) {
    if (principal.leaderId !== leaderId)
      throw forbidden(
        "a leader's inbox and outbox are visible to that leader only",
        'OWN_REQUESTS_ONLY',
      );
    const freshness = await this.freshness.waitFor(consistentWith, ['directory']);
    const read = () =>
      this.requests.findBox(
        principal.tenantId,
        leaderId,
        box ?? PeerRequestBox.inbox,
        filter,
        page,
      );
    return directoryConnection(read, peerRequestOf, freshness);
  }
}
