import type { Principal } from '@lib/auth';
import { MutualThemeQueries, type MutualThemeView, type PageRequest } from '@lib/read-models';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelFreshness } from '../../consistency/read-model-freshness';
import type { Connection } from '../shared/connection.type';
import { directoryConnection } from '../shared/directory-page';
import { GatewayQuery } from '../shared/gateway-query';
import type { MutualTheme, MutualThemeRole, MutualThemeStatus } from './mutual-theme.type';

export class MutualThemesQuery extends GatewayQuery {
  constructor(
    principal: Principal,
    consistentWith: string | undefined,
    readonly role: MutualThemeRole,
    readonly status: MutualThemeStatus | undefined,
    readonly page: PageRequest,
  ) {
    super(principal, consistentWith);
  }
}

const mutualThemeOf = (row: MutualThemeView): MutualTheme => ({
  ...row,
  proposerDivisionId: row.proposerDivId,
  partnerDivisionId: row.partnerDivId,
  status: row.status as MutualThemeStatus,
});

/** The viewer's mutual themes, as proposer or partner, latest first. */
@QueryHandler(MutualThemesQuery)
export class MutualThemesHandler implements IQueryHandler<
  MutualThemesQuery,
  Connection<MutualTheme>
> {
  constructor(
    @Inject(ReadModelFreshness) private readonly freshness: ReadModelFreshness,
    @Inject(MutualThemeQueries) private readonly themes: MutualThemeQueries,
  ) {}

  async execute({ principal, consistentWith, role, status, page }: MutualThemesQuery) {
    const freshness = await this.freshness.waitFor(consistentWith, ['directory']);
    const { tenantId, leaderId } = principal;
    const read = () =>
      this.themes.findOfLeader(tenantId, leaderId, role, status ? { status } : {}, page);
    return directoryConnection(read, mutualThemeOf, freshness);
  }
}
