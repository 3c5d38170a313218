import { Inject, Injectable } from '@nestjs/common';
import { LeaderFacts } from '../leader-facts';
import { PeerActivity } from '../peer-activity';

/** The current divisions of an invitation's host and presenter, for the events they act in. */
@Injectable()
export class InvitationFacts {
  constructor(
    @Inject(LeaderFacts) private readonly leaders: LeaderFacts,
    @Inject(PeerActivity) private readonly activity: PeerActivity,
  ) {}

  async presenter(tenantId: string, invitationId: string) {
    const invitation = await this.activity.invitation(tenantId, invitationId);
    return {
      presenterDivisionId: await this.leaders.divisionOf(tenantId, invitation?.presenterId),
    };
  }

  async hostAndPresenter(tenantId: string, invitationId: string) {
    const invitation = await this.activity.invitation(tenantId, invitationId);
    return {
      hostDivisionId: await this.leaders.divisionOf(tenantId, invitation?.hostId),
      presenterDivisionId: await this.leaders.divisionOf(tenantId, invitation?.presenterId),
    };
  }
}
