import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FRESH } from '../../consistency/read-model-freshness';
import { GatewayQuery } from '../shared/gateway-query';
import type { Viewer } from './viewer.type';

export class ViewerQuery extends GatewayQuery {}

/** The caller as the token names them; their scores resolve from the read models on request. */
@QueryHandler(ViewerQuery)
export class ViewerHandler implements IQueryHandler<
  ViewerQuery,
  Viewer & { consistentWith?: string }
> {
  execute({ principal, consistentWith }: ViewerQuery) {
    return Promise.resolve({
      leaderId: principal.leaderId,
      tenantId: principal.tenantId,
      roles: [...principal.roles],
      consistentWith,
      stale: FRESH.stale,
      lag: [],
    });
  }
}
