import { Inject, Injectable } from '@nestjs/common';
import { LeaderFacts } from '../leader-facts';
import { PeerActivity } from '../peer-activity';

/** The current division of the partner a mutual theme was proposed to. */
@Injectable()
export class MutualThemeFacts {
  constructor(
    @Inject(LeaderFacts) private readonly leaders: LeaderFacts,
    @Inject(PeerActivity) private readonly activity: PeerActivity,
  ) {}

  async partner(tenantId: string, mutualThemeId: string) {
    const proposal = await this.activity.mutualTheme(tenantId, mutualThemeId);
    return { partnerDivisionId: await this.leaders.divisionOf(tenantId, proposal?.partnerId) };
  }
}
