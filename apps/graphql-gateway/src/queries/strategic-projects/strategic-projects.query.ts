import type { Principal } from '@lib/auth';
import {
  type PageRequest,
  StrategicProjectQueries,
  type StrategicProjectFilter,
  SupportNeedQueries,
  type SupportNeedFilter,
} from '@lib/read-models';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelFreshness } from '../../consistency/read-model-freshness';
import type { SupportNeed } from '../project-risks/support-need.type';
import type { Connection } from '../shared/connection.type';
import { directoryConnection } from '../shared/directory-page';
import { GatewayQuery } from '../shared/gateway-query';
import type { StrategicProject } from './strategic-project.type';
import { directorySupportNeedOf, strategicProjectOf } from './strategic-projects.mapping';

export class StrategicProjectsQuery extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly filter: StrategicProjectFilter,
    readonly page: PageRequest,
  ) {
    super(principal, consistentWith);
  }
}

export class SupportNeedsQuery extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly filter: SupportNeedFilter,
    readonly page: PageRequest,
  ) {
    super(principal, consistentWith);
  }
}

/** The tenant's strategic projects, nearest target first. */
@QueryHandler(StrategicProjectsQuery)
export class StrategicProjectsHandler implements IQueryHandler<
  StrategicProjectsQuery,
  Connection<StrategicProject>
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(StrategicProjectQueries) private readonly projects: StrategicProjectQueries,
  ) {}

  async execute({ principal, consistentWith, filter, page }: StrategicProjectsQuery) {
    const freshness = await this.freshness.waitFor(consistentWith, ['directory']);
    const read = () => this.projects.findProjects(principal.tenantId, filter, page);
    return directoryConnection(read, strategicProjectOf, freshness);
  }
}

/** The tenant's support needs with their commitment history, soonest needed first. */
@QueryHandler(SupportNeedsQuery)
export class SupportNeedsHandler implements IQueryHandler<
  SupportNeedsQuery,
  Connection<SupportNeed>
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(SupportNeedQueries) private readonly needs: SupportNeedQueries,
  ) {}

  async execute({ principal, consistentWith, filter, page }: SupportNeedsQuery) {
    const freshness = await this.freshness.waitFor(consistentWith, ['directory']);
    const read = () => this.needs.findNeeds(principal.tenantId, filter, page);
    return directoryConnection(read, directorySupportNeedOf, freshness);
  }
}
