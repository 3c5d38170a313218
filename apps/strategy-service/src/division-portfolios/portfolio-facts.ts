import type { RankDivisionPortfolioFacts } from '@lib/domain';
import { Inject, Injectable } from '@nestjs/common';
import { OrgFacts } from '../org-facts/org-facts';
import { OPEN_NEED_STATUSES, StrategyIndex } from '../strategy-index';

/** What a division may rank in a cycle, who may rank it, and what it must not forget. */
@Injectable()
export class PortfolioFacts {
  constructor(
    @Inject(OrgFacts) private readonly org: OrgFacts,
    @Inject(StrategyIndex) private readonly index: StrategyIndex,
  ) {}

  async ranking(
    tenantId: string,
    divisionId: string,
    cycleId: string,
  ): Promise<RankDivisionPortfolioFacts> {
    return {
      division: await this.org.rankingAuthority(tenantId, divisionId),
      cycleStatus: await this.org.cycleStatus(tenantId, cycleId),
      rankable: {
        themeIds: await this.org.themeIdsOfCycle(tenantId, cycleId),
        projectIds: await this.index.projectIdsOfDivision(tenantId, divisionId),
        needIds: await this.index.needIdsAddressedTo(tenantId, divisionId),
      },
      openInboundNeedIds: await this.index.needIdsAddressedTo(
        tenantId,
        divisionId,
        OPEN_NEED_STATUSES,
      ),
    };
  }
}
